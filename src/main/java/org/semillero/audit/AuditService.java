package org.semillero.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.Instants;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** Reading the audit log: administrators only, newest first, in stable pages. */
@ApplicationScoped
public class AuditService {

    /** One entry as shown: the actor by name ("" when the schedule or the provider acted). */
    public record EntryView(long id, Instant at, Long actorId, String actorName, AuditAction action, String objectType,
                            String objectId, String objectLabel, JsonNode before, JsonNode after, String reason,
                            String requestId) {

        /** What changed, one line per field, for people to read (the JSON stays in the API and CSV). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public List<Change> getChanges() {
            java.util.Set<String> fields = new java.util.LinkedHashSet<>();
            if (before != null) {
                before.fieldNames().forEachRemaining(fields::add);
            }
            if (after != null) {
                after.fieldNames().forEachRemaining(fields::add);
            }
            return fields.stream().map(f -> new Change(f, text(before, f), text(after, f)))
                    .filter(c -> !c.before().equals(c.after())).toList();
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node == null ? null : node.get(field);
            if (value == null || value.isNull()) {
                return "";
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                return String.join(", ", items);
            }
            return value.asText();
        }
    }

    /** One field of an entry: its value before and after ("" when absent). */
    public record Change(String field, String before, String after) {
    }

    /** A page of entries and the cursor of the next (older) page, null at the end. */
    public record EntryPage(List<EntryView> items, String next) {
    }

    /** Someone who appears as an actor in the log, for the filter's choices. */
    public record ActorChoice(long id, String name) {

        /** The id as the filter form sends it back. */
        public String value() {
            return String.valueOf(id);
        }
    }

    public static final int MAX_SIZE = 200;

    private final InstitutionClock clock;
    private final ObjectMapper json;

    AuditService(InstitutionClock clock, ObjectMapper json) {
        this.clock = clock;
        this.json = json;
    }

    public EntryPage search(Actor actor, AuditQuery query, String cursor, int size) {
        requireAdmin(actor);
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid(List.of(new FieldError("size", "validation.range",
                    Map.of("min", 1, "max", MAX_SIZE))));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw DomainException.invalid(List.of(FieldError.of("to", "audit.dates.order")));
        }
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new HashMap<>();
        if (query.q() != null && !query.q().isBlank()) {
            // Accents and case ignored: "atencion" finds "Atención ciudadana 2025".
            where.append(" and (public.semillero_unaccent(lower(e.object_label)) like public.semillero_unaccent(lower(:like))"
                    + " escape '\\' or public.semillero_unaccent(lower(coalesce(p.display_name, '')))"
                    + " like public.semillero_unaccent(lower(:like)) escape '\\' or e.object_id ilike :like escape '\\'"
                    + " or e.object_type = lower(:exact))");
            params.put("like", "%" + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", query.q().strip());
        }
        if (query.actorId() != null) {
            where.append(" and e.actor_id = :actor");
            params.put("actor", query.actorId());
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", query.from().atStartOfDay(clock.zone()).toInstant());
        }
        if (query.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
        }
        if (cursor != null && !cursor.isBlank()) {
            Position after = Position.decode(cursor);
            where.append(" and (e.at, e.id) < (:cursorAt, :cursorId)");
            params.put("cursorAt", after.at());
            params.put("cursorId", after.id());
        }
        Query select = Panache.getEntityManager().createNativeQuery("""
                select e.id, e.at, e.actor_id, coalesce(p.display_name, '') as actor_name, e.action, e.object_type,
                       e.object_id, e.object_label, cast(e.before as text) as before, cast(e.after as text) as after,
                       e.reason, e.request_id
                from audit_event e left join person p on p.id = e.actor_id
                """ + where + " order by e.at desc, e.id desc limit :limit", Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.setParameter("limit", size + 1).getResultList();
        List<EntryView> items = new ArrayList<>();
        for (Tuple row : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new EntryView(row.get("id", Number.class).longValue(), Instants.of(row.get("at")),
                    row.get("actor_id") == null ? null : row.get("actor_id", Number.class).longValue(),
                    row.get("actor_name", String.class), AuditAction.valueOf(row.get("action", String.class)),
                    row.get("object_type", String.class), row.get("object_id", String.class),
                    row.get("object_label", String.class), tree(row.get("before", String.class)),
                    tree(row.get("after", String.class)), row.get("reason", String.class),
                    row.get("request_id", String.class)));
        }
        String next = rows.size() > size ? new Position(items.get(size - 1).at(), items.get(size - 1).id()).encode() : null;
        return new EntryPage(items, next);
    }

    /** People who appear as actors, by name. */
    public List<ActorChoice> actors(Actor actor) {
        requireAdmin(actor);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.display_name from person p
                where exists (select 1 from audit_event e where e.actor_id = p.id)
                order by p.display_name, p.id""", Tuple.class).getResultList();
        return rows.stream().map(r -> new ActorChoice(((Number) r.get(0)).longValue(), (String) r.get(1))).toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.roles().contains(Roles.ADMIN)) {
            throw DomainException.forbidden("admins-only");
        }
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }


    /** Where a page ended: the (time, id) of its last entry, opaque to clients. */
    record Position(Instant at, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
                        .split("\\|");
                return new Position(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw DomainException.invalid(List.of(FieldError.of("cursor", "validation.cursor")));
            }
        }
    }
}
