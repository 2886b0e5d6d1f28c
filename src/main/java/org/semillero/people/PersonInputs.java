package org.semillero.people;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What people send about people. */
public final class PersonInputs {

    private PersonInputs() {
    }

    public record RemovalInput(String reason) {
    }

    /** What an officer may change on their own profile. */
    public record ProfileInput(
            @Size(max = 120, message = "validation.size.max") String department,
            @Size(max = 20, message = "profile.skills.too-many")
            List<@Size(max = 60, message = "validation.size.max") String> skills,
            @Pattern(regexp = "en|es", message = "profile.language.unsupported") String preferredLanguage) {
    }
}
