package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** Finding workshops: upcoming (or past) ones, by topic, format, month and place. */
@ApplicationScoped
public class WorkshopQueries {

    /** What a list shows of a workshop. */
    public record Listed(Workshop workshop, long registered, long waitlisted) {
    }

    /** Filters; null means any. {@code past} lists finished workshops, newest first. */
    public record Filter(String topic, Workshop.Format format, YearMonth month, String place, boolean past) {
    }

    /** A topic with its name in both languages. */
    public record Topic(String code, String en, String es) {

        public String name(String language) {
            return "es".equals(language) ? es : en;
        }
    }

    private final InstitutionClock clock;

    WorkshopQueries(InstitutionClock clock) {
        this.clock = clock;
    }

    public List<Listed> list(Filter filter, int limit) {
        StringBuilder where = new StringBuilder(filter.past() ? "w.ends_at <= :now" : "w.ends_at > :now");
        Map<String, Object> params = new HashMap<>(Map.of("now", clock.now()));
        if (filter.topic() != null) {
            where.append(" and w.topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.format() != null) {
            where.append(" and w.format = :format");
            params.put("format", filter.format().name());
        }
        if (filter.month() != null) {
            ZoneId zone = clock.zone();
            where.append(" and w.starts_at >= :from and w.starts_at < :to");
            params.put("from", filter.month().atDay(1).atStartOfDay(zone).toInstant());
            params.put("to", filter.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        if (filter.place() != null && !filter.place().isBlank()) {
            where.append(" and w.location ilike :place");
            params.put("place", "%" + filter.place().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Query query = Panache.getEntityManager().createNativeQuery("""
                select w.id, count(r.person_id) filter (where r.status = 'REGISTERED'),
                       count(r.person_id) filter (where r.status = 'WAITLISTED')
                from workshop w left join workshop_registration r on r.workshop_id = w.id
                where %s group by w.id order by w.starts_at %s, w.id limit :limit"""
                .formatted(where, filter.past() ? "desc" : "asc"));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("limit", limit).getResultList();
        Map<Long, Workshop> byId = new HashMap<>();
        if (!rows.isEmpty()) {
            Workshop.<Workshop>list("id in ?1", rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                    .forEach(w -> byId.put(w.id, w));
        }
        return rows.stream().map(r -> new Listed(byId.get(((Number) r[0]).longValue()), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    public List<Topic> topics() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select code, name_en, name_es from workshop_topic order by code").getResultList();
        return rows.stream().map(r -> new Topic((String) r[0], (String) r[1], (String) r[2])).toList();
    }


    /** The list's filters from the query; anything unknown is a 400 naming the parameter. */
    public static Filter parse(String topic, String format, String month, String place, String past) {
        Workshop.Format chosen = null;
        if (format != null && !format.isBlank()) {
            chosen = java.util.Arrays.stream(Workshop.Format.values()).filter(f -> f.name().equals(format)).findFirst()
                    .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("format", "workshop.format.unknown"))));
        }
        YearMonth inMonth = null;
        if (month != null && !month.isBlank()) {
            try {
                inMonth = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid(List.of(FieldError.of("month", "workshop.month.invalid")));
            }
        }
        if (topic != null && !topic.isBlank() && !topic.strip().matches("[a-z0-9-]{1,40}")) {
            throw DomainException.invalid(List.of(FieldError.of("topic", "workshop.topic.unknown")));
        }
        if (place != null && !org.semillero.shared.web.Validation.storable(place)) {
            throw DomainException.invalid(List.of(FieldError.of("place", "validation.characters")));
        }
        if (place != null && place.length() > 100) {
            throw DomainException.invalid(List.of(new FieldError("place", "validation.size.max", java.util.Map.of("max", 100))));
        }
        if (past != null && !past.equals("true") && !past.equals("false")) {
            throw DomainException.invalid(List.of(FieldError.of("past", "validation.boolean")));
        }
        return new Filter(topic == null || topic.isBlank() ? null : topic.strip(), chosen, inMonth, place,
                "true".equals(past));
    }
}
