package org.semillero.shared.security;

import java.util.Set;

/** Role names as they arrive from the identity provider. */
public final class Roles {

    /** Every signed-in person; added to each identity, never required from the provider. */
    public static final String OFFICER = "officer";
    public static final String ORGANIZER = "organizer";
    public static final String INNOVATION_OFFICE = "innovation-office";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(OFFICER, ORGANIZER, INNOVATION_OFFICE, ADMIN);

    private Roles() {
    }
}
