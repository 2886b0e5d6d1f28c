package org.semillero.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Date and time fields of forms ({@code datetime-local}, {@code date}): local times in the institution's zone. */
public final class LocalTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LocalTimes() {
    }

    /** What was typed as a moment; blank is null, anything unreadable adds an error for the field. */
    public static OffsetDateTime parse(String field, String value, ZoneId zone, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "validation.date"));
            return null;
        }
    }

    /** What was typed as a day ({@code date} input, YYYY-MM-DD); blank is null, anything unreadable adds an error. */
    public static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "validation.day"));
            return null;
        }
    }

    /** A moment as the field shows it. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }
}
