package org.semillero.event;

import java.util.Optional;

/** The life of an event, in order. Only adjacent moves are allowed. */
public enum EventPhase {
    DRAFT, IDEATION, HACKING, VOTING, RESULTS, CLOSED;

    public Optional<EventPhase> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public Optional<EventPhase> previous() {
        return this == DRAFT ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public boolean isBefore(EventPhase other) {
        return ordinal() < other.ordinal();
    }

    /** Parses a client-supplied name; empty for anything that is not a phase. */
    public static Optional<EventPhase> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (EventPhase phase : values()) {
            if (phase.name().equals(name.strip())) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
