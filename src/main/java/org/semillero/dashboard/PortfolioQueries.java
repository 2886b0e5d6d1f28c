package org.semillero.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.semillero.backlog.ProjectService;

/**
 * The portfolio's SQL. Every statement takes the same parameters: the period ({@code :from}
 * included, {@code :to} excluded, either null), the event's slug, the department ({@code '-'} for
 * not set), "now" and the institution's time zone (for quarters). Rows are grouped by a bucket:
 * null for the whole period, the local quarter's first day for trends.
 */
@ApplicationScoped
class PortfolioQueries {

    /** A period, department and event as the statements bind them. */
    record Scope(Instant from, Instant to, String event, String department, Instant now, ZoneId zone) {
    }

    static final String STAGE_REACHED = ProjectService.STAGE_REACHED_SQL;

    /** Per bucket: cohort size and how many reached each later step, then distinct descendants per step. */
    List<Tuple> cohort(PortfolioFilter.Cohort kind, Scope scope, boolean byQuarter) {
        boolean challenges = kind == PortfolioFilter.Cohort.CHALLENGES;
        String cohort = challenges ? """
                cohort as (
                    select c.id, c.created_at from challenge c
                    where c.status <> 'MERGED' and %s and %s and %s),
                idea_of as (
                    select distinct k.id as root, i.id from cohort k join idea i on i.challenge_id = k.id
                    where i.state not in ('DRAFT', 'MERGED') and %s),
                """.formatted(period("c.created_at"), department("c.department"), challengeInEvent("c.id"),
                event("i.event_id")) : """
                cohort as (
                    select i.id, i.created_at from idea i
                    where i.state not in ('DRAFT', 'MERGED') and %s and %s and %s),
                idea_of as (select k.id as root, k.id from cohort k),
                """.formatted(period("i.created_at"), department("i.department"), event("i.event_id"));
        String sql = "with " + cohort + """
                entry_of as (
                    select distinct x.root, s.id from (
                        select o.root, si.submission_id as sid from idea_of o join submission_idea si on si.idea_id = o.id
                        union all
                        select o.root, ts.id from idea_of o join team t on t.idea_id = o.id join submission ts on ts.team_id = t.id
                """ + (challenges ? """
                        union all
                        select k.id, cs.id from cohort k join submission cs on cs.challenge_id = k.id
                """ : "") + """
                    ) x join submission s on s.id = x.sid
                    where s.status in ('FINAL', 'ACCEPTED') and %s),
                project_of as (
                    select distinct x.root, p.id, p.stage from (
                        select e.root, p1.id as pid from entry_of e join project p1 on p1.submission_id = e.id
                        union all
                        select o.root, p2.id from idea_of o join project p2 on p2.source_idea_id = o.id
                        union all
                        select o.root, pi.project_id from idea_of o join project_idea pi on pi.idea_id = o.id
                """.formatted(event("s.event_id")) + (challenges ? """
                        union all
                        select k.id, p4.id from cohort k join project p4 on p4.challenge_id = k.id
                """ : "") + """
                    ) x join project p on p.id = x.pid),
                levels as (
                    select k.id, k.created_at,
                           case when d.root is not null then 5 when p.root is not null then 4
                                when e.root is not null then 3 when %s then 2 else 1 end as level
                    from cohort k
                    left join (select distinct root from project_of where stage in ('DELIVERED', 'SCALED')) d on d.root = k.id
                    left join (select distinct root from project_of) p on p.root = k.id
                    left join (select distinct root from entry_of) e on e.root = k.id
                    left join (select distinct root from idea_of) o on o.root = k.id)
                select %s as bucket, count(*) as reached1,
                       count(*) filter (where level >= 2) as reached2, count(*) filter (where level >= 3) as reached3,
                       count(*) filter (where level >= 4) as reached4, count(*) filter (where level >= 5) as reached5,
                       (select count(distinct id) from idea_of) as items2, (select count(distinct id) from entry_of) as items3,
                       (select count(distinct id) from project_of) as items4,
                       (select count(distinct id) from project_of where stage in ('DELIVERED', 'SCALED')) as items5
                from levels group by 1 order by 1""".formatted(
                // an idea cohort has no "with an idea" step: its members are the ideas
                challenges ? "o.root is not null" : "false", bucket("created_at", byQuarter));
        return tuples(sql, scope);
    }

    /** What happened in the period, each kind on its own. */
    Tuple activity(Scope scope) {
        return tuples("""
                select (select count(*) from challenge c where c.status <> 'MERGED' and %s and %s and %s) as challenges,
                       (select count(*) from idea i where i.state not in ('DRAFT', 'MERGED') and %s and %s and %s) as ideas,
                       (select count(*) from submission s where s.status in ('FINAL', 'ACCEPTED') and %s and %s
                          and (cast(:department as text) is null or exists (select 1 from team_member m join person p on p.id = m.person_id
                               where m.team_id = s.team_id and %s))) as submissions,
                       (select count(*) from project p where %s and %s and %s) as projects,
                       (select count(distinct h.project_id) from project_history h join project p on p.id = h.project_id
                        where h.kind = 'STAGE' and %s in ('DELIVERED', 'SCALED') and %s and %s and %s) as delivered
                """.formatted(period("c.created_at"), department("c.department"), challengeInEvent("c.id"),
                period("i.created_at"), department("i.department"), event("i.event_id"),
                period("coalesce(s.finalized_at, s.created_at)"), event("s.event_id"), department("p.department"),
                period("p.created_at"), projectDepartment(), event("p.event_id"),
                STAGE_REACHED, period("h.at"), projectDepartment(), event("p.event_id")), scope).get(0);
    }

    /** Per bucket and kind of lead time: pairs measured, median and 80th percentile in days. */
    List<Tuple> leadTimes(Scope scope, boolean byQuarter) {
        return tuples("""
                with challenge_to_idea as (
                    select c.created_at as t0, min(coalesce(i.submitted_at, i.created_at)) as t1
                    from challenge c join idea i on i.challenge_id = c.id and i.state not in ('DRAFT', 'MERGED')
                    where c.status <> 'MERGED' and %s and %s
                    group by c.id, c.created_at),
                idea_to_entry as (
                    select coalesce(i.submitted_at, i.created_at) as t0, min(coalesce(s.finalized_at, s.created_at)) as t1
                    from idea i
                    join (select si.idea_id, si.submission_id from submission_idea si
                          union select t.idea_id, ts.id from team t join submission ts on ts.team_id = t.id
                          where t.idea_id is not null) l on l.idea_id = i.id
                    join submission s on s.id = l.submission_id and s.status in ('FINAL', 'ACCEPTED')
                    where i.state not in ('DRAFT', 'MERGED') and %s and %s
                    group by i.id, i.submitted_at, i.created_at),
                results_to_promotion as (
                    select (select max(r.computed_at) from result_snapshot r
                            where r.event_id = p.event_id and r.computed_at <= p.created_at) as t0, p.created_at as t1
                    from project p where p.submission_id is not null and %s and %s),
                promotion_to_delivered as (
                    select p.created_at as t0, min(h.at) as t1
                    from project p join project_history h on h.project_id = p.id and h.kind = 'STAGE'
                         and %s in ('DELIVERED', 'SCALED')
                    where %s and %s
                    group by p.id, p.created_at),
                pairs as (
                    select 'challenge-to-idea' as kind, t0, t1 from challenge_to_idea
                    union all select 'idea-to-entry', t0, t1 from idea_to_entry
                    union all select 'results-to-promotion', t0, t1 from results_to_promotion
                    union all select 'promotion-to-delivered', t0, t1 from promotion_to_delivered)
                select kind, %s as bucket, count(*) as measured,
                       percentile_cont(0.5) within group (order by greatest(extract(epoch from t1 - t0), 0) / 86400) as median,
                       percentile_cont(0.8) within group (order by greatest(extract(epoch from t1 - t0), 0) / 86400) as p80
                from pairs where t0 is not null and %s
                group by 1, 2 order by 1, 2""".formatted(
                department("c.department"), challengeInEvent("c.id"),
                department("i.department"), event("i.event_id"),
                projectDepartment(), event("p.event_id"),
                STAGE_REACHED, projectDepartment(), event("p.event_id"),
                bucket("t0", byQuarter), period("t0")), scope);
    }

    /**
     * Per stage: projects in it now, and over stage visits that began in the period, per project
     * the days spent (a revisit adds up; a visit under way counts to now); the first stage
     * begins at promotion.
     */
    List<Tuple> stages(Scope scope) {
        return tuples("""
                with scope as (select p.id, p.created_at, p.stage from project p where %s and %s),
                moves as (
                    select s.id as project, s.created_at as at, cast(0 as bigint) as seq, 'PROPOSED' as stage from scope s
                    union all
                    select h.project_id, h.at, h.id, %s from project_history h join scope s on s.id = h.project_id
                    where h.kind = 'STAGE'),
                visits as (
                    select project, stage, at as started,
                           lead(at) over (partition by project order by at, seq) as ended from moves),
                per_project as (
                    select project, stage, sum(greatest(extract(epoch from coalesce(ended, :now) - started), 0)) / 86400 as days
                    from visits where stage is not null and %s group by project, stage),
                times as (
                    select stage, count(*) as visited,
                           percentile_cont(0.5) within group (order by days) as median,
                           percentile_cont(0.8) within group (order by days) as p80
                    from per_project group by stage),
                now_in as (select stage, count(*) as projects from scope group by stage)
                select coalesce(n.stage, t.stage) as stage, coalesce(n.projects, 0) as projects,
                       coalesce(t.visited, 0) as visited, t.median, t.p80
                from now_in n full join times t on t.stage = n.stage""".formatted(
                projectDepartment(), event("p.event_id"), STAGE_REACHED, period("started")), scope);
    }

    /** Per department (null for not set): people who took part in the scope's activity, and people. */
    List<Tuple> participation(Scope scope) {
        return tuples("""
                with active as (
                    select c.author_id as id from challenge c where %s and %s
                    union select i.author_id from idea i where i.state <> 'DRAFT' and %s and %s
                    union select m.person_id from team_member m join team t on t.id = m.team_id where %s and %s
                    union select j.person_id from judge j where %s and %s
                    union select pc.person_id from project_contributor pc join project p on p.id = pc.project_id
                          where %s and %s)
                select nullif(btrim(p.department), '') as department, count(a.id) as took, count(*) as seen
                from person p left join active a on a.id = p.id
                where %s group by 1 order by 1 nulls first""".formatted(
                period("c.created_at"), challengeInEvent("c.id"),
                period("i.created_at"), event("i.event_id"),
                period("m.joined_at"), event("t.event_id"),
                period("j.assigned_at"), event("j.event_id"),
                period("p.created_at"), event("p.event_id"),
                department("p.department")), scope);
    }

    List<Tuple> stale(Scope scope, int days) {
        return tuples("""
                select p.id, p.title, p.stage, floor(extract(epoch from :now - p.last_activity_at) / 86400) as days
                from project p where p.stage not in ('DELIVERED', 'SCALED', 'STOPPED')
                  and p.last_activity_at < cast(:now as timestamptz) - make_interval(days => %d) and %s and %s
                order by p.last_activity_at""".formatted(days, projectDepartment(), event("p.event_id")), scope);
    }

    /** Events to pick from, newest first. */
    @SuppressWarnings("unchecked")
    List<Tuple> events() {
        return Panache.getEntityManager().createNativeQuery(
                "select slug, title from event order by ideation_starts_at desc, id desc", Tuple.class).getResultList();
    }

    /** Departments named anywhere in the pipeline, to pick from. */
    @SuppressWarnings("unchecked")
    List<String> departments() {
        return Panache.getEntityManager().createNativeQuery("""
                select distinct btrim(d) from (select distinct department as d from person
                                               union select distinct department from challenge
                                               union select distinct department from idea) x
                where btrim(d) <> '' order by 1""", String.class).getResultList();
    }

    /** The first day of the quarter a local date is in. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static String period(String column) {
        return "(cast(:from as timestamptz) is null or " + column + " >= :from)"
                + " and (cast(:to as timestamptz) is null or " + column + " < :to)";
    }

    private static String department(String column) {
        return "(cast(:department as text) is null or (:department = '" + PortfolioFilter.NOT_SET + "' and coalesce(btrim("
                + column + "), '') = '') or lower(btrim(" + column + ")) = lower(:department))";
    }

    /** A project's departments are a list separated by commas or semicolons. */
    private static String projectDepartment() {
        return "(cast(:department as text) is null or (:department = '" + PortfolioFilter.NOT_SET
                + "' and btrim(p.departments) = '') or lower(:department) = any(string_to_array("
                + "lower(regexp_replace(btrim(p.departments), '\\s*[,;]\\s*', ',', 'g')), ',')))";
    }

    private static String event(String column) {
        return "(cast(:event as text) is null or " + column + " = (select id from event where slug = :event))";
    }

    private static String challengeInEvent(String column) {
        return "(cast(:event as text) is null or exists (select 1 from event_challenge ec where ec.challenge_id = " + column
                + " and ec.event_id = (select id from event where slug = :event)))";
    }

    private static String bucket(String column, boolean byQuarter) {
        return byQuarter ? "cast(date_trunc('quarter', " + column + " at time zone cast(:zone as text)) as date)"
                : "cast(null as date)";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Tuple> tuples(String sql, Scope scope) {
        NativeQuery query = Panache.getEntityManager().createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class);
        if (sql.contains(":from")) {
            query.setParameter("from", scope.from(), Instant.class);
            query.setParameter("to", scope.to(), Instant.class);
        }
        if (sql.contains(":event")) {
            query.setParameter("event", scope.event(), String.class);
        }
        if (sql.contains(":department")) {
            query.setParameter("department", scope.department(), String.class);
        }
        if (sql.contains(":now")) {
            query.setParameter("now", scope.now(), Instant.class);
        }
        if (sql.contains(":zone")) {
            query.setParameter("zone", scope.zone().getId(), String.class);
        }
        return query.getResultList();
    }
}
