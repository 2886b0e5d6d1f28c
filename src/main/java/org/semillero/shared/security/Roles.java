package org.semillero.shared.security;

import java.util.Set;

/** Role names as they arrive from the identity provider. */
public final class Roles {

    /** Every signed-in person; added to each identity, never required from the provider. */
    public static final String OFFICER = "officer";
    public static final String ORGANIZER = "organizer";
    public static final String INNOVATION_OFFICE = "innovation-office";
    public static final String ADMIN = "admin";
    /** A service account of a complaints or ticketing system: sends citizens' signals, nothing else. */
    public static final String SIGNAL_FEEDER = "signal-feeder";

    public static final Set<String> ALL = Set.of(OFFICER, ORGANIZER, INNOVATION_OFFICE, ADMIN, SIGNAL_FEEDER);

    /** A feeder with no person's role: it gets no profile and is not an officer. */
    public static boolean serviceAccount(Set<String> roles) {
        return roles.contains(SIGNAL_FEEDER) && !roles.contains(ORGANIZER) && !roles.contains(INNOVATION_OFFICE)
                && !roles.contains(ADMIN);
    }

    private Roles() {
    }
}
