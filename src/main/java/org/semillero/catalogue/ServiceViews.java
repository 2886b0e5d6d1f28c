package org.semillero.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.semillero.backlog.ProjectService;
import org.semillero.shared.time.InstitutionClock;

/**
 * The officers' view of a service: what the pipeline holds about it. Only what everyone may see
 * already: challenges not merged away, ideas past their draft, teams of open events, entries
 * once their event votes, projects.
 */
@ApplicationScoped
public class ServiceViews {

    private final InstitutionClock clock;

    ServiceViews(InstitutionClock clock) {
        this.clock = clock;
    }

    public record ChallengeLine(long id, String title, String status, long supports) {
    }

    public record IdeaLine(long id, String title, String state, long supports) {
    }

    public record TeamLine(long id, String name, String event, String eventSlug, String entry) {
    }

    /** A project on the service, with the day its pilot began and the day it was delivered (null if not yet). */
    public record ProjectLine(long id, String title, String stage, LocalDate pilot, LocalDate delivered) {
    }

    public record OfficersView(List<ChallengeLine> challenges, List<IdeaLine> ideas, List<TeamLine> teams,
                               List<ProjectLine> projects) {

        public long openSupports() {
            return challenges.stream().filter(c -> c.status().equals("OPEN") || c.status().equals("ACCEPTED"))
                    .mapToLong(c -> 1 + c.supports()).sum();
        }
    }

    private static final String IDEAS_OF = """
            select i.id from idea i left join challenge c on c.id = i.challenge_id
            where (i.service_id = :s or (i.service_id is null and c.service_id = :s))
              and i.state in ('SUBMITTED', 'SHORTLISTED', 'PROMOTED')""";

    @SuppressWarnings("unchecked")
    public OfficersView officers(long serviceId) {
        var em = Panache.getEntityManager();
        List<ChallengeLine> challenges = ((List<Tuple>) em.createNativeQuery("""
                select id, title, status, support_count from challenge where service_id = :s and status <> 'MERGED'
                order by case when status in ('OPEN', 'ACCEPTED') then 0 else 1 end, support_count desc, id""",
                Tuple.class).setParameter("s", serviceId).getResultList()).stream()
                .map(r -> new ChallengeLine(id(r, "id"), r.get("title", String.class), r.get("status", String.class),
                        id(r, "support_count"))).toList();
        List<IdeaLine> ideas = ((List<Tuple>) em.createNativeQuery("select id, title, state, support_count from idea"
                + " where id in (" + IDEAS_OF + ") order by support_count desc, id", Tuple.class)
                .setParameter("s", serviceId).getResultList()).stream()
                .map(r -> new IdeaLine(id(r, "id"), r.get("title", String.class), r.get("state", String.class),
                        id(r, "support_count"))).toList();
        List<TeamLine> teams = ((List<Tuple>) em.createNativeQuery("""
                select t.id, t.name, e.title as event, e.slug,
                       case when e.phase in ('VOTING', 'RESULTS', 'CLOSED') and s.status in ('FINAL', 'ACCEPTED')
                            then s.title end as entry
                from team t join event e on e.id = t.event_id left join submission s on s.team_id = t.id
                where t.dissolved_at is null and e.phase <> 'DRAFT'
                  and (t.idea_id in (""" + IDEAS_OF + """
                ) or s.challenge_id in (select id from challenge where service_id = :s))
                order by e.ideation_starts_at desc, t.name""", Tuple.class).setParameter("s", serviceId)
                .getResultList()).stream()
                .map(r -> new TeamLine(id(r, "id"), r.get("name", String.class), r.get("event", String.class),
                        r.get("slug", String.class), r.get("entry", String.class))).toList();
        return new OfficersView(challenges, ideas, teams, projects(serviceId));
    }

    /** Projects linked to the service, or promoted from one of its challenges or ideas. */
    @SuppressWarnings("unchecked")
    public List<ProjectLine> projects(long serviceId) {
        return ((List<Tuple>) Panache.getEntityManager().createNativeQuery("""
                select p.id, p.title, p.stage, %s as pilot, %s as delivered
                from project p
                where p.id in (select project_id from project_service where service_id = :s)
                   or p.challenge_id in (select id from challenge where service_id = :s)
                   or p.source_idea_id in (select id from idea where service_id = :s)
                order by p.created_at desc, p.id""".formatted(ProjectService.firstReachedSql("p.id", "'PILOT'"),
                ProjectService.firstReachedSql("p.id", "'DELIVERED', 'SCALED'")), Tuple.class)
                .setParameter("s", serviceId).getResultList())
                .stream().map(r -> new ProjectLine(id(r, "id"), r.get("title", String.class), r.get("stage", String.class),
                        day(r.get("pilot", Instant.class)), day(r.get("delivered", Instant.class)))).toList();
    }

    /** A project to link, and a KPI to bind, as the service page's forms offer them. */
    public record Choice(long id, String label, String bound) {
    }

    /** Projects not yet linked to the service directly, by title. */
    @SuppressWarnings("unchecked")
    public List<Choice> projectChoices(long serviceId) {
        return ((List<Tuple>) Panache.getEntityManager().createNativeQuery("""
                select p.id, p.title from project p
                where not exists (select 1 from project_service ps where ps.project_id = p.id and ps.service_id = :s)
                order by lower(p.title), p.id""", Tuple.class).setParameter("s", serviceId).getResultList()).stream()
                .map(r -> new Choice(id(r, "id"), r.get("title", String.class), null)).toList();
    }

    /** KPIs of the service's projects (as {@link #projects} gave them), with the measure each follows. */
    @SuppressWarnings("unchecked")
    public List<Choice> kpiChoices(long serviceId, List<ProjectLine> lines) {
        List<Long> projects = lines.stream().map(ProjectLine::id).toList();
        if (projects.isEmpty()) {
            return List.of();
        }
        return ((List<Tuple>) Panache.getEntityManager().createNativeQuery("""
                select k.id, p.title || ': ' || k.name as label, case when k.service_id = :s then k.measure end as bound
                from kpi k join project p on p.id = k.project_id where k.project_id in (:projects)
                order by lower(p.title), k.id""", Tuple.class).setParameter("s", serviceId)
                .setParameter("projects", projects).getResultList()).stream()
                .map(r -> new Choice(id(r, "id"), r.get("label", String.class), r.get("bound", String.class))).toList();
    }

    private LocalDate day(Instant at) {
        return at == null ? null : clock.local(at).toLocalDate();
    }

    private static long id(Tuple row, String column) {
        Number n = (Number) row.get(column);
        return n == null ? 0 : n.longValue();
    }
}
