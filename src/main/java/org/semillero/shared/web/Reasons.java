package org.semillero.shared.web;

import java.util.List;
import java.util.Map;

/** The written reason some decisions need (declining, stepping back): present and not too long. */
public final class Reasons {

    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid(List.of(FieldError.of("reason", "validation.required")));
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw DomainException.invalid(List.of(new FieldError("reason", "validation.size.max",
                    Map.of("max", MAX_LENGTH))));
        }
        return reason.strip();
    }
}
