package org.semillero.shared.web;

import java.util.List;

/** Checks every JSON endpoint makes before it reads its input: a 400 naming what is missing. */
public final class Inputs {

    private Inputs() {
    }

    /** The request body, which must be present. */
    public static <T> T body(T body) {
        return required("body", body);
    }

    /** A value the request must carry, named by its field. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.required")));
        }
        return value;
    }
}
