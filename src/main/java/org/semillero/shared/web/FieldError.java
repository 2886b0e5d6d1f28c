package org.semillero.shared.web;

import java.util.Map;

/**
 * One invalid input field: the field's name as the client sent it, a message-bundle key
 * and the values that message needs (e.g. {@code max}).
 */
public record FieldError(String field, String messageKey, Map<String, Object> params) {

    public FieldError {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static FieldError of(String field, String messageKey) {
        return new FieldError(field, messageKey, Map.of());
    }
}
