package org.semillero.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a signal measures, per service and month. Counts are whole numbers; satisfaction is an
 * average score from 0 to 5 (its number of answers is {@link #ANSWERS}); waiting time is the
 * average in minutes; abandonment is the share of requests given up, in percent.
 */
public enum Measure {
    COMPLAINTS("complaints", true, null),
    REQUESTS("requests", true, null),
    SATISFACTION("satisfaction", false, new BigDecimal(5)),
    ANSWERS("answers", true, null),
    WAITING_MINUTES("waiting_minutes", false, null),
    ABANDONMENT("abandonment", false, new BigDecimal(100));

    /** The name in JSON, CSV headers and the database. */
    @JsonValue
    public final String key;
    final boolean whole;
    final BigDecimal max;

    Measure(String key, boolean whole, BigDecimal max) {
        this.key = key;
        this.whole = whole;
        this.max = max;
    }

    public static Optional<Measure> of(String key) {
        for (Measure measure : values()) {
            if (measure.key.equals(key)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    /** The message key for a value out of this measure's range, or null when it fits. */
    String refusal(BigDecimal value) {
        if (value.signum() < 0) {
            return "validation.min";
        }
        if (max != null && value.compareTo(max) > 0) {
            return "validation.max";
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            return "validation.number";
        }
        if (value.abs().compareTo(new BigDecimal("999999999999")) > 0) {
            return "validation.max";
        }
        return null;
    }

    /** Lower is better for complaints, waiting and abandonment; higher for the rest. */
    public boolean lowerIsBetter() {
        return this == COMPLAINTS || this == WAITING_MINUTES || this == ABANDONMENT;
    }
}
