package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.time.InstitutionClock;

/**
 * Where capacity is missing: officers trained per department and topic (and their share of the
 * department's officers), hours per department, workshops held with attendance and no-show
 * rates, and feedback per topic, over a period (the last 12 months unless a year is chosen).
 */
@ApplicationScoped
public class CapacityMap {

    /** Officers of a department who attended a workshop on a topic in the period. */
    public record Cell(String department, String topic, long trained, long officers, double share) {
    }

    public record Hours(String department, double hours) {
    }

    public record Held(long workshops, long seats, long attended, long absent, double attendanceRate, double noShowRate) {
    }

    public record TopicFeedback(String topic, double average, long answers) {
    }

    public record Picture(List<Cell> cells, List<Hours> hours, Held held, List<TopicFeedback> feedback, Instant from, Instant to) {
    }

    private final InstitutionClock clock;

    CapacityMap(InstitutionClock clock) {
        this.clock = clock;
    }

    /** {@code year} null: the last 12 months; department and topic narrow it down. */
    public Picture of(Integer year, String department, String topic) {
        Instant to = year == null ? clock.now() : java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toInstant();
        Instant from = year == null ? clock.now().atZone(clock.zone()).minusMonths(12).toInstant()
                : java.time.LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toInstant();
        Map<String, Object> params = new HashMap<>(Map.of("from", from, "to", to, "now", clock.now()));
        String dept = department == null || department.isBlank() ? "" : " and coalesce(p.department, '') = :dept";
        String top = topic == null || topic.isBlank() ? "" : " and w.topic = :topic";
        if (!dept.isEmpty()) {
            params.put("dept", department);
        }
        if (!top.isEmpty()) {
            params.put("topic", topic);
        }
        String attended = """
                from workshop_registration r join workshop w on w.id = r.workshop_id join person p on p.id = r.person_id
                where r.attended and w.starts_at >= :from and w.starts_at < :to and w.cancelled_at is null""" + dept + top;
        List<Object[]> cells = rows("""
                select t.department, t.topic, t.trained, (select count(*) from person o where o.removed_at is null
                       and coalesce(o.department, '') = t.department)
                from (select coalesce(p.department, '') as department, w.topic, count(distinct r.person_id) as trained
                """ + attended + " group by coalesce(p.department, ''), w.topic) t order by 1, 2", params);
        List<Object[]> hours = rows("select coalesce(p.department, ''), sum(extract(epoch from w.ends_at - w.starts_at)) / 3600.0 "
                + attended + " group by 1 order by 1", params);
        Object[] held = rows("""
                select count(distinct w.id), count(r.person_id) filter (where r.status = 'REGISTERED'),
                       count(r.person_id) filter (where r.attended), count(r.person_id) filter (where r.attended = false)
                from workshop w left join workshop_registration r on r.workshop_id = w.id
                left join person p on p.id = r.person_id
                where w.ends_at <= least(cast(:to as timestamptz), cast(:now as timestamptz)) and w.starts_at >= :from and w.cancelled_at is null""" + top
                + (dept.isEmpty() ? "" : " and (p.id is null or coalesce(p.department, '') = :dept)"), params).get(0);
        List<Object[]> feedback = rows("""
                select w.topic, avg(f.rating), count(*) from workshop_feedback f join workshop w on w.id = f.workshop_id
                join person p on p.id = f.person_id
                where w.starts_at >= :from and w.starts_at < :to""" + dept + top + " group by w.topic order by 1", params);
        long seats = num(held[1]);
        return new Picture(
                cells.stream().map(r -> new Cell((String) r[0], (String) r[1], num(r[2]), num(r[3]),
                        num(r[3]) == 0 ? 0 : round(100.0 * num(r[2]) / num(r[3])))).toList(),
                hours.stream().map(r -> new Hours((String) r[0], round(((Number) r[1]).doubleValue()))).toList(),
                new Held(num(held[0]), seats, num(held[2]), num(held[3]), seats == 0 ? 0 : round(100.0 * num(held[2]) / seats),
                        seats == 0 ? 0 : round(100.0 * num(held[3]) / seats)),
                feedback.stream().map(r -> new TopicFeedback((String) r[0], round(((Number) r[1]).doubleValue()), num(r[2])))
                        .toList(), from, to);
    }

    /** A filter as typed: blank is none; text that cannot be stored or is too long is a 400 naming the field. */
    public static String filter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200 || !org.semillero.shared.web.Validation.storable(value)) {
            throw org.semillero.shared.web.DomainException.invalid(
                    List.of(org.semillero.shared.web.FieldError.of(field, "validation.characters")));
        }
        return value.strip();
    }

    /** The department × topic table as CSV: one row per cell. */
    public static String csv(Picture picture) {
        StringBuilder csv = new StringBuilder(org.semillero.shared.web.Csv.line(
                List.of("department", "topic", "trained", "officers", "share_percent")));
        for (Cell cell : picture.cells()) {
            csv.append(org.semillero.shared.web.Csv.line(List.of(cell.department(), cell.topic(), String.valueOf(cell.trained()),
                    String.valueOf(cell.officers()), String.valueOf(cell.share()))));
        }
        return csv.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
