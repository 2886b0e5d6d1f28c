package org.semillero.shared.web;

import java.util.List;
import java.util.Map;

/** A year filter on lists and dashboards is a plausible calendar year, or absent. */
public final class YearFilter {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;

    private YearFilter() {
    }

    /** A year typed in a filter form or query: absent when blank, else a whole number in range. */
    public static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        Integer value;
        try {
            value = Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of("year", "validation.number")));
        }
        require(value);
        return value;
    }

    public static void require(Integer year) {
        if (year != null && year < MIN_YEAR) {
            throw DomainException.invalid(List.of(new FieldError("year", "validation.min", Map.of("value", MIN_YEAR))));
        }
        if (year != null && year > MAX_YEAR) {
            throw DomainException.invalid(List.of(new FieldError("year", "validation.max", Map.of("value", MAX_YEAR))));
        }
    }
}
