package org.semillero.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Page and size limits shared by every paginated list. */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
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
