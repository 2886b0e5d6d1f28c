package org.semillero.shared.security;

import java.util.Set;

/** Who is acting, as services see it: a profile id and the roles that come with it. */
public record Actor(long personId, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isOrganizer() {
        return roles.contains(Roles.ORGANIZER);
    }
}
