package org.semillero.people;

import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The profile form as typed; skills are comma-separated. */
public class ProfileForm {

    @RestForm public String department = "";
    @RestForm public String skills = "";
    @RestForm public String preferredLanguage = "";

    public static ProfileForm of(Person person) {
        ProfileForm form = new ProfileForm();
        form.department = person.department == null ? "" : person.department;
        form.skills = String.join(", ", person.skills);
        form.preferredLanguage = person.preferredLanguage == null ? "" : person.preferredLanguage;
        return form;
    }

    public PersonInputs.ProfileInput toInput() {
        List<String> skillList = skills == null ? List.of() : Arrays.stream(skills.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PersonInputs.ProfileInput(department, skillList,
                preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage);
    }
}
