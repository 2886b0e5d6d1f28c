package org.semillero.people;

import java.util.List;
import java.util.Set;

/** What the API answers about people. */
public final class PersonViews {

    private PersonViews() {
    }

    public record ProfileView(String username, String displayName, String email, String department,
                              boolean departmentFromIdentityProvider, List<String> skills,
                              String preferredLanguage, Set<String> roles) {
    }
}
