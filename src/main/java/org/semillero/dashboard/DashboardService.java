package org.semillero.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semillero.backlog.ProjectStage;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.YearFilter;

/** The innovation office's portfolio numbers, computed in the database from the pipeline's tables. */
@ApplicationScoped
public class DashboardService {

    /** Optional filters: an event, a department, a year (of creation). */
    public record Filter(String eventSlug, String department, Integer year) {
        public Filter {
            YearFilter.require(year);
        }
    }


    /** One funnel step, with its conversion from the previous step (percent, null for the first). */
    public record Step(String key, long count, Double conversion) {
    }

    public record DepartmentShare(String department, long tookPart, long seen, double percent) {
    }

    public record StageCount(ProjectStage stage, long projects, double averageDaysInStage) {
    }

    public record Stale(long id, String title, ProjectStage stage, long daysSinceActivity) {
    }

    public static final int STALE_DAYS = 30;

    /** The dashboard's filters applied to projects (alias {@code p}). */
    private static final String PROJECT_FILTER = "\n" + """
              and (cast(:event as text) is null or p.event_id = (select id from event where slug = :event))
              and (cast(:department as text) is null or lower(p.departments) like '%' || lower(:department) || '%')
              and (cast(:year as integer) is null or extract(year from p.created_at) = :year)""";

    public void requireOffice(Actor actor) {
        if (!actor.has(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("dashboard-forbidden");
        }
    }

    public List<Step> funnel(Actor actor, Filter filter) {
        requireOffice(actor);
        long challenges = count("""
                select count(*) from challenge c where c.status <> 'MERGED'
                  and (cast(:event as text) is null or exists (select 1 from event_challenge ec join event e on e.id = ec.event_id
                                                where ec.challenge_id = c.id and e.slug = :event))
                  and (cast(:department as text) is null or lower(c.department) = lower(:department))
                  and (cast(:year as integer) is null or extract(year from c.created_at) = :year)""", filter);
        long ideas = count("""
                select count(*) from idea i where i.state not in ('DRAFT', 'MERGED')
                  and (cast(:event as text) is null or i.event_id = (select id from event where slug = :event))
                  and (cast(:department as text) is null or lower(i.department) = lower(:department))
                  and (cast(:year as integer) is null or extract(year from i.created_at) = :year)""", filter);
        long submissions = count("""
                select count(*) from submission s where s.status in ('FINAL', 'ACCEPTED')
                  and (cast(:event as text) is null or s.event_id = (select id from event where slug = :event))
                  and (cast(:department as text) is null or exists (select 1 from team_member m join person p on p.id = m.person_id
                                                     where m.team_id = s.team_id and lower(p.department) = lower(:department)))
                  and (cast(:year as integer) is null or extract(year from s.created_at) = :year)""", filter);
        long promoted = count("select count(*) from project p where true " + PROJECT_FILTER, filter);
        long delivered = count("select count(*) from project p where p.stage in ('DELIVERED', 'SCALED') " + PROJECT_FILTER,
                filter);
        long[] counts = {challenges, ideas, submissions, promoted, delivered};
        String[] keys = {"challenges", "ideas", "submissions", "projects", "delivered"};
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Double conversion = i == 0 || counts[i - 1] == 0 ? null
                    : Math.round(counts[i] * 1000.0 / counts[i - 1]) / 10.0;
            steps.add(new Step(keys[i], counts[i], conversion));
        }
        return steps;
    }

    public List<StageCount> stages(Actor actor, Filter filter) {
        requireOffice(actor);
        List<Tuple> rows = tuples("""
                select p.stage, count(*) as projects,
                       coalesce(avg(extract(epoch from now() - p.stage_since) / 86400), 0) as days
                from project p where true """ + PROJECT_FILTER + " group by p.stage", filter);
        Map<String, Tuple> byStage = new LinkedHashMap<>();
        rows.forEach(r -> byStage.put(r.get("stage", String.class), r));
        List<StageCount> counts = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            Tuple r = byStage.get(stage.name());
            counts.add(r == null ? new StageCount(stage, 0, 0)
                    : new StageCount(stage, r.get("projects", Number.class).longValue(),
                    Math.round(r.get("days", Number.class).doubleValue() * 10) / 10.0));
        }
        return counts;
    }

    /** Officers who took part (recorded a challenge, wrote an idea, joined a team, judged, contributed to a project) over officers seen. */
    public List<DepartmentShare> participation(Actor actor) {
        requireOffice(actor);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                with active as (
                    select author_id as id from challenge
                    union select author_id from idea where state <> 'DRAFT'
                    union select person_id from team_member
                    union select person_id from judge
                    union select person_id from project_contributor)
                select coalesce(p.department, '') as department, count(a.id) as took, count(*) as seen
                from person p left join active a on a.id = p.id group by 1 order by 1""", Tuple.class).getResultList();
        return rows.stream().map(r -> {
            long took = r.get("took", Number.class).longValue();
            long seen = r.get("seen", Number.class).longValue();
            return new DepartmentShare(r.get("department", String.class), took, seen,
                    seen == 0 ? 0 : Math.round(took * 1000.0 / seen) / 10.0);
        }).toList();
    }

    public List<Stale> stale(Actor actor, Filter filter) {
        requireOffice(actor);
        List<Tuple> rows = tuples("""
                select p.id, p.title, p.stage, floor(extract(epoch from now() - p.last_activity_at) / 86400) as days
                from project p where p.stage not in ('DELIVERED', 'SCALED', 'STOPPED')
                  and p.last_activity_at < now() - make_interval(days => """ + STALE_DAYS + ")" + PROJECT_FILTER
                + " order by p.last_activity_at", filter);
        return rows.stream().map(r -> new Stale(r.get("id", Number.class).longValue(), r.get("title", String.class),
                ProjectStage.valueOf(r.get("stage", String.class)), r.get("days", Number.class).longValue())).toList();
    }

    /** The funnel as CSV, the same for the API and the signed-in browser. */
    public static String funnelCsv(List<Step> steps) {
        StringBuilder csv = new StringBuilder(org.semillero.shared.web.Csv.line(List.of("step", "count",
                "conversion_percent")));
        for (Step step : steps) {
            csv.append(org.semillero.shared.web.Csv.line(List.of(step.key(), String.valueOf(step.count()),
                    step.conversion() == null ? "" : String.valueOf(step.conversion()))));
        }
        return csv.toString();
    }

    private static long count(String sql, Filter filter) {
        return ((Number) typed(sql, filter).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(String sql, Filter filter) {
        return bind(Panache.getEntityManager().createNativeQuery(sql, Tuple.class)
                .unwrap(org.hibernate.query.NativeQuery.class), filter).getResultList();
    }

    @SuppressWarnings("rawtypes")
    private static org.hibernate.query.NativeQuery typed(String sql, Filter filter) {
        return bind(Panache.getEntityManager().createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class),
                filter);
    }

    /** Typed binding, so that an absent filter is a typed null the database can compare. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hibernate.query.NativeQuery bind(org.hibernate.query.NativeQuery query, Filter filter) {
        query.setParameter("event", blankToNull(filter.eventSlug()), String.class);
        query.setParameter("department", blankToNull(filter.department()), String.class);
        query.setParameter("year", filter.year(), Integer.class);
        return query;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
