package org.semillero.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Page and size limits shared by every paginated list. */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** A requested page: zero-based number and size. */
    public record Request(int page, int size) {
    }

    /** Parses query parameters; anything but a whole number in range is a 400 naming the field. */
    public static Request parse(String page, String size, int defaultSize) {
        List<FieldError> errors = new ArrayList<>();
        int number = parseInt("page", page, 0, errors);
        int length = parseInt("size", size, defaultSize, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        check(number, length);
        return new Request(number, length);
    }

    private static int parseInt(String field, String value, int fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.number"));
            return fallback;
        }
    }

    public static void check(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "validation.min", Map.of("value", 0)));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "validation.size.range", Map.of("min", 1, "max", MAX_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
