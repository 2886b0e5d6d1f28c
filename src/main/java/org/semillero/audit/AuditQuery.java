package org.semillero.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.LocalTimes;

/**
 * Filters over the audit log; every field optional. {@code q} matches the object's label,
 * type or id and the actor's name; {@code from} and {@code to} are days in the institution's
 * time zone, both included.
 */
public record AuditQuery(String q, Long actorId, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    /** From query parameters (pages and API alike); anything malformed is a 400 naming its field. */
    public static AuditQuery parse(String q, String actor, String action, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Long actorId = null;
        if (actor != null && !actor.isBlank()) {
            try {
                actorId = Long.parseLong(actor.strip());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("actor", "validation.number"));
            }
        }
        AuditAction wanted = null;
        if (action != null && !action.isBlank()) {
            try {
                wanted = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("action", "audit.action.unknown"));
            }
        }
        LocalDate fromDay = LocalTimes.day("from", from, errors);
        LocalDate toDay = LocalTimes.day("to", to, errors);
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "validation.size.max", java.util.Map.of("max", 200)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new AuditQuery(q == null || q.isBlank() ? null : q.strip(), actorId, wanted, fromDay, toDay);
    }

    /** The filters as query parameters, for links to the next page and to the export. */
    public String toQueryString() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "actor", actorId);
        append(query, "action", action);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A page size from a query parameter, the fallback when absent; the service checks the range. */
    public static int pageSize(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of("size", "validation.number")));
        }
    }
}
