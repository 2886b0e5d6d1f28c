package org.semillero.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.LocalTimes;

/**
 * What the portfolio dashboard counts: a cohort (challenges or ideas created in a period), an
 * optional event and an optional department. The period is in the institution's days, both ends
 * included; either end may be open. The same filter applies to every table and export.
 *
 * @param department a department's name, {@link #NOT_SET} for people and records without one, or null for all
 */
public record PortfolioFilter(Cohort cohort, LocalDate from, LocalDate to, String event, String department) {

    /** What the funnel follows from its first step. */
    public enum Cohort { CHALLENGES, IDEAS }

    /** The department filter's value for "Department not set". */
    public static final String NOT_SET = "-";

    static final int MAX_DEPARTMENT = 120;

    /**
     * The filter from query parameters. An absent {@code from} means the start of the current
     * year (a first visit shows this year's cohort); a blank one means no lower bound.
     */
    public static PortfolioFilter parse(String cohort, String from, String to, String event, String department,
                                        LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Cohort kind = Cohort.CHALLENGES;
        if (cohort != null && !cohort.isBlank()) {
            try {
                kind = Cohort.valueOf(cohort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("cohort", "validation.choice"));
            }
        }
        LocalDate fromDay = from == null ? today.withDayOfYear(1) : day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(FieldError.of("to", "validation.period"));
        }
        String slug = blankToNull(event);
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug != null && slug.length() > 60) {
            errors.add(FieldError.of("event", "validation.choice"));
        }
        String dept = blankToNull(department);
        if (dept != null && dept.length() > MAX_DEPARTMENT) {
            errors.add(new FieldError("department", "validation.size.max", Map.of("max", MAX_DEPARTMENT)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new PortfolioFilter(kind, fromDay, toDay, slug, dept);
    }

    /** The first instant counted, or null for no lower bound. */
    public Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant no longer counted (the day after {@code to}), or null for no upper bound. */
    public Instant end(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean departmentNotSet() {
        return NOT_SET.equals(department);
    }

    /** The filters as query parameters, so that a view can be bookmarked and every export matches it. */
    public String toQueryString() {
        StringBuilder query = new StringBuilder("cohort=").append(cohort.name().toLowerCase(Locale.ROOT));
        query.append("&from=").append(from == null ? "" : from).append("&to=").append(to == null ? "" : to);
        if (event != null) {
            query.append("&event=").append(URLEncoder.encode(event, StandardCharsets.UTF_8));
        }
        if (department != null) {
            query.append("&department=").append(URLEncoder.encode(department, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** A day of a plausible year (the same range as the year filters), or null when blank. */
    private static LocalDate day(String field, String value, List<FieldError> errors) {
        LocalDate day = LocalTimes.day(field, value, errors);
        if (day != null && (day.getYear() < 2000 || day.getYear() > 2999)) {
            errors.add(FieldError.of(field, "validation.day"));
            return null;
        }
        return day;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
