package org.semillero.idea;

import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The idea form as typed. Tags and co-authors are comma-separated; {@code placement} is
 * {@code box} or {@code <event-slug>:<challenge-id>} for an event's theme.
 */
public class IdeaForm {

    @RestForm public String title = "";
    @RestForm public String problem = "";
    @RestForm public String solution = "";
    @RestForm public String benefitCitizens = "";
    @RestForm public String benefitOfficers = "";
    @RestForm public String service = "";
    @RestForm public String department = "";
    @RestForm public String tags = "";
    @RestForm public String coauthors = "";
    @RestForm public String placement = "box";
    @RestForm public String version = "";

    public static IdeaForm of(Idea idea, List<String> coauthorUsernames) {
        IdeaForm form = new IdeaForm();
        form.title = idea.title;
        form.problem = idea.problem;
        form.solution = idea.solution;
        form.benefitCitizens = idea.benefitCitizens;
        form.benefitOfficers = idea.benefitOfficers;
        form.service = idea.service == null ? "" : idea.service;
        form.department = idea.department == null ? "" : idea.department;
        form.tags = String.join(", ", idea.tags);
        form.coauthors = String.join(", ", coauthorUsernames);
        form.version = String.valueOf(idea.version);
        return form;
    }

    public IdeaInput toInput() {
        String eventSlug = null;
        Long challengeId = null;
        if (placement != null && placement.contains(":")) {
            String[] parts = placement.split(":", 2);
            eventSlug = parts[0];
            try {
                challengeId = Long.valueOf(parts[1].strip());
            } catch (NumberFormatException e) {
                challengeId = -1L;
            }
        }
        Integer versionNumber = null;
        if (version != null && !version.isBlank()) {
            try {
                versionNumber = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                versionNumber = -1;
            }
        }
        return new IdeaInput(title, problem, solution, benefitCitizens, benefitOfficers, service, department,
                split(tags), split(coauthors), eventSlug, challengeId, versionNumber);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
