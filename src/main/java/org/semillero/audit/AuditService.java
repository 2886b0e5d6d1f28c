package org.semillero.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.Instants;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Keyset;

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

    private static final Keyset.Order NEWEST = new Keyset.Order("newest", "e.at", "timestamptz", true, "e.id");

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
        Keyset.Cursor after = Keyset.Cursor.decode(cursor, NEWEST);
        where.append(" and ").append(Keyset.condition(NEWEST, after, params));
        Query select = Panache.getEntityManager().createNativeQuery("""
                select e.id, e.at, e.actor_id, coalesce(p.display_name, '') as actor_name, e.action, e.object_type,
                       e.object_id, e.object_label, cast(e.before as text) as before, cast(e.after as text) as after,
                       e.reason, e.request_id, cast(e.at as text) as cursor_key
                from audit_event e left join person p on p.id = e.actor_id
                """ + where + " order by " + Keyset.orderBy(NEWEST, after) + " limit :limit", Tuple.class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.setParameter("limit", size + 1).getResultList();
        Keyset.Slice<Tuple> page = Keyset.slice(rows, size, NEWEST, after, row -> row.get("cursor_key", String.class),
                row -> row.get("id", Number.class).longValue());
        List<EntryView> items = new ArrayList<>();
        for (Tuple row : page.items()) {
            items.add(new EntryView(row.get("id", Number.class).longValue(), Instants.of(row.get("at")),
                    row.get("actor_id") == null ? null : row.get("actor_id", Number.class).longValue(),
                    row.get("actor_name", String.class), AuditAction.valueOf(row.get("action", String.class)),
                    row.get("object_type", String.class), row.get("object_id", String.class),
                    row.get("object_label", String.class), tree(row.get("before", String.class)),
                    tree(row.get("after", String.class)), row.get("reason", String.class),
                    row.get("request_id", String.class)));
        }
        return new EntryPage(items, page.next());
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
}
