package org.semillero.shared.time;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} read by a native query, whichever Java type the driver gave it. */
public final class Instants {

    private Instants() {
    }

    public static Instant of(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
