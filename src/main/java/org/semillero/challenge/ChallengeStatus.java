package org.semillero.challenge;

import java.util.List;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** Where a recorded problem stands in the organizers' review. */
public enum ChallengeStatus {
    OPEN, ACCEPTED, DECLINED, MERGED;

    /** A list filter from a query parameter: none when blank, a 400 naming {@code status} when unknown. */
    public static ChallengeStatus filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (ChallengeStatus value : values()) {
            if (value.name().equals(status.strip())) {
                return value;
            }
        }
        throw DomainException.invalid(List.of(FieldError.of("status", "challenge.status.unknown")));
    }
}
