package org.semillero.backlog;

import org.semillero.audit.AuditLog;
import org.semillero.audit.AuditAction;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.backlog.ProjectInputs.KpiInput;
import org.semillero.backlog.ProjectInputs.MilestoneInput;
import org.semillero.backlog.ProjectInputs.MoveInput;
import org.semillero.backlog.ProjectInputs.ProjectInput;
import org.semillero.backlog.ProjectInputs.UpdateInput;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.people.Person;
import org.semillero.shared.audit.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Reasons;
import org.semillero.shared.web.Validation;

/**
 * The backlog: promotion (idempotent), project details, stage moves through declared gates
 * (with a recorded override for the innovation office), milestones, updates, KPIs, followers.
 * The innovation office and the project's owner change a project; every officer reads and follows.
 */
@ApplicationScoped
public class ProjectService {

    public record Milestone(long id, String title, java.time.LocalDate dueDate, int weight, boolean done) {
    }

    public record Kpi(long id, String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                      java.time.LocalDate actualAt) {
    }

    public record Update(String author, String text, String progressNote, Instant at) {
    }

    public record HistoryLine(String kind, String actor, String detail, Instant at) {
    }

    /** Promotion's answer: the project, and whether this call created it. */
    public record Promotion(Project project, boolean created) {
    }

    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;

    private final AuditLog audit;

    ProjectService(Validation validation, InstitutionClock clock, ActivityLog activity, AuditLog audit) {
        this.audit = audit;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    // --- promotion -------------------------------------------------------------------------

    /** A submission accepted for voting, once its event shows results, becomes a project (once). */
    @Transactional
    public Promotion promoteSubmission(Actor actor, long submissionId) {
        requirePromoter(actor);
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.title, s.summary, s.event_id, s.team_id, s.challenge_id, e.phase, s.status
                from submission s join event e on e.id = s.event_id where s.id = :s for update of s""")
                .setParameter("s", submissionId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("submission-not-found");
        }
        Object[] s = rows.get(0);
        String phase = (String) s[5];
        if (!EventPhase.RESULTS.name().equals(phase) && !EventPhase.CLOSED.name().equals(phase)) {
            throw DomainException.conflict("promotion-before-results");
        }
        if (!"ACCEPTED".equals(s[6])) {
            throw DomainException.conflict("promotion-not-on-ballot");
        }
        Project existing = Project.find("submissionId", submissionId).firstResult();
        if (existing != null) {
            return new Promotion(existing, false);
        }
        Project project = newProject(actor, (String) s[0], (String) s[1]);
        project.submissionId = submissionId;
        project.eventId = ((Number) s[2]).longValue();
        project.teamId = ((Number) s[3]).longValue();
        project.challengeId = s[4] == null ? null : ((Number) s[4]).longValue();
        @SuppressWarnings("unchecked")
        List<Object> rank = em.createNativeQuery("""
                select (r->>'rank')::int from result_snapshot, jsonb_array_elements(ranking) r
                where event_id = :e and (r->>'entryId')::bigint = :s""")
                .setParameter("e", project.eventId).setParameter("s", submissionId).getResultList();
        project.resultsRank = rank.isEmpty() ? null : ((Number) rank.get(0)).intValue();
        project.persist();
        em.flush();
        em.createNativeQuery("""
                insert into project_idea (project_id, idea_id)
                select :p, si.idea_id from submission_idea si where si.submission_id = :s
                union select :p, t.idea_id from team t where t.id = :t and t.idea_id is not null
                on conflict do nothing""")
                .setParameter("p", project.id).setParameter("s", submissionId).setParameter("t", project.teamId)
                .executeUpdate();
        em.createNativeQuery("""
                insert into project_contributor (project_id, person_id, role)
                select :p, m.person_id, 'team' from team_member m where m.team_id = :t on conflict do nothing""")
                .setParameter("p", project.id).setParameter("t", project.teamId).executeUpdate();
        markIdeasPromoted(project.id);
        history(project, "PROMOTED", actor.personId(), null);
        activity.record(actor.personId(), "PROJECT_PROMOTED", project.title, "/projects/" + project.id);
        audit.record(actor.personId(), AuditAction.PROJECT_PROMOTED, subject(project), null,
                origin(project), null);
        return new Promotion(project, true);
    }

    /** A shortlisted idea from the idea box becomes a project (once). */
    @Transactional
    public Promotion promoteIdea(Actor actor, long ideaId) {
        requirePromoter(actor);
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select title, problem, solution, state, event_id from idea where id = :i for update")
                .setParameter("i", ideaId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("idea-not-found");
        }
        Object[] idea = rows.get(0);
        Project existing = Project.find("sourceIdeaId", ideaId).firstResult();
        if (existing != null) {
            return new Promotion(existing, false);
        }
        if (idea[4] != null || !"SHORTLISTED".equals(idea[3])) {
            throw DomainException.conflict("promotion-idea-not-shortlisted");
        }
        Project project = newProject(actor, (String) idea[0], (String) idea[1]);
        project.expectedOutcome = (String) idea[2];
        project.sourceIdeaId = ideaId;
        project.persist();
        em.flush();
        em.createNativeQuery("insert into project_idea (project_id, idea_id) values (:p, :i)")
                .setParameter("p", project.id).setParameter("i", ideaId).executeUpdate();
        em.createNativeQuery("""
                insert into project_contributor (project_id, person_id, role)
                select :p, author_id, 'author' from idea where id = :i
                union select :p, person_id, 'author' from idea_coauthor where idea_id = :i and status = 'ACCEPTED'
                on conflict do nothing""").setParameter("p", project.id).setParameter("i", ideaId).executeUpdate();
        markIdeasPromoted(project.id);
        history(project, "PROMOTED", actor.personId(), null);
        activity.record(actor.personId(), "PROJECT_PROMOTED", project.title, "/projects/" + project.id);
        audit.record(actor.personId(), AuditAction.PROJECT_PROMOTED, subject(project), null,
                origin(project), null);
        return new Promotion(project, true);
    }

    // --- reading ---------------------------------------------------------------------------

    public Project get(long id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("project-not-found"));
    }

    /** Filters: stage, department (contained in the departments text), event, year of promotion. */
    public List<Project> list(ProjectStage stage, String department, String eventSlug, Integer year) {
        DashboardService.requireYear(year);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (stage != null) {
            query.append(" and stage = :stage");
            params.put("stage", stage);
        }
        if (department != null && !department.isBlank()) {
            query.append(" and lower(departments) like :department");
            params.put("department", "%" + department.strip().toLowerCase() + "%");
        }
        if (eventSlug != null && !eventSlug.isBlank()) {
            query.append(" and eventId in (select e.id from Event e where e.slug = :slug)");
            params.put("slug", eventSlug.strip());
        }
        if (year != null) {
            query.append(" and year(createdAt) = :year");
            params.put("year", year);
        }
        return Project.list(query + " order by createdAt desc, id desc", params);
    }

    public List<Milestone> milestones(long projectId) {
        return milestonesOf(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    private Map<Long, List<Milestone>> milestonesOf(Collection<Long> projectIds) {
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        for (Object[] r : rows("""
                select project_id, id, title, due_date, weight, done from milestone where project_id in (:p)
                order by due_date nulls last, id""", projectIds)) {
            milestones.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Milestone(
                    ((Number) r[1]).longValue(), (String) r[2], localDate(r[3]), ((Number) r[4]).intValue(),
                    (Boolean) r[5]));
        }
        return milestones;
    }

    /** Milestones, idea ids and contributor names of several projects, three queries in all (for lists). */
    public record ListData(Map<Long, List<Milestone>> milestones, Map<Long, List<Long>> ideaIds,
                           Map<Long, List<String>> contributors) {
    }

    public ListData listData(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return new ListData(Map.of(), Map.of(), Map.of());
        }
        Map<Long, List<Long>> ideaIds = new HashMap<>();
        Map<Long, List<String>> contributors = new HashMap<>();
        for (Object[] r : rows("select project_id, idea_id from project_idea where project_id in (:p) order by idea_id",
                projectIds)) {
            ideaIds.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        for (Object[] r : rows("""
                select c.project_id, p.display_name from project_contributor c join person p on p.id = c.person_id
                where c.project_id in (:p) order by p.display_name""", projectIds)) {
            contributors.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return new ListData(milestonesOf(projectIds), ideaIds, contributors);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Collection<Long> projectIds) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("p", projectIds).getResultList();
    }

    /** Weighted share of done milestones, 0–100 (Decidim-style roll-up); 0 without milestones. */
    public static int progress(List<Milestone> milestones) {
        int total = milestones.stream().mapToInt(Milestone::weight).sum();
        int done = milestones.stream().filter(Milestone::done).mapToInt(Milestone::weight).sum();
        return total == 0 ? 0 : (int) Math.round(done * 100.0 / total);
    }

    public List<Kpi> kpis(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select id, name, unit, baseline, target, actual, actual_at from kpi where project_id = :p order by id")
                .setParameter("p", projectId).getResultList();
        return rows.stream().map(r -> new Kpi(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5],
                localDate(r[6]))).toList();
    }

    public List<Update> updates(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.display_name, u.text, u.progress_note, u.at from project_update u
                join person p on p.id = u.author_id where u.project_id = :p order by u.at desc, u.id desc""")
                .setParameter("p", projectId).getResultList();
        return rows.stream().map(r -> new Update((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    public List<HistoryLine> history(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select h.kind, p.display_name, h.detail, h.at from project_history h
                left join person p on p.id = h.actor_id where h.project_id = :p order by h.at, h.id""")
                .setParameter("p", projectId).getResultList();
        return rows.stream().map(r -> new HistoryLine((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    public boolean follows(long personId, long projectId) {
        return !Panache.getEntityManager().createNativeQuery(
                        "select 1 from project_follower where project_id = :p and person_id = :u")
                .setParameter("p", projectId).setParameter("u", personId).getResultList().isEmpty();
    }

    public boolean mayManage(Actor actor, Project project) {
        return actor.has(Roles.INNOVATION_OFFICE) || Objects.equals(project.ownerId, actor.personId());
    }

    /** The conditions the next stage (or STOPPED) would still need. */
    public List<String> missingFor(Project project, ProjectStage to) {
        return StageGates.missing(to, facts(project, project.decisionNote, project.stopReason, project.lessons));
    }

    // --- changing --------------------------------------------------------------------------

    /** Every problem of an edit at once, without saving anything (forms re-render with them). */
    public List<FieldError> problemsOf(ProjectInput input) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        personOrError("sponsorId", input.sponsorId(), errors);
        personOrError("ownerId", input.ownerId(), errors);
        return errors;
    }

    @Transactional
    public Project update(Actor actor, long id, ProjectInput input) {
        Project project = lockManaged(actor, id);
        List<FieldError> errors = problemsOf(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Long sponsor = input.sponsorId();
        Long owner = input.ownerId();
        if (input.version() != null && input.version() != project.version) {
            throw DomainException.conflict("stale-version");
        }
        project.title = input.title().strip();
        project.problem = Objects.requireNonNullElse(input.problem(), "").strip();
        project.expectedOutcome = Objects.requireNonNullElse(input.expectedOutcome(), "").strip();
        project.sponsorId = sponsor;
        project.ownerId = owner;
        project.departments = Objects.requireNonNullElse(input.departments(), "").strip();
        project.effort = Objects.requireNonNullElse(input.effort(), "").strip();
        project.budget = input.budget();
        project.tags = Objects.requireNonNullElse(input.tags(), "").strip();
        touch(project);
        Panache.getEntityManager().flush();
        history(project, "EDITED", actor.personId(), null);
        return project;
    }

    /**
     * Moves a project to the next stage, or to STOPPED. Gates are checked; the innovation office
     * may pass a failed gate with a recorded override reason.
     */
    @Transactional
    public Project move(Actor actor, long id, MoveInput input) {
        Project project = lockManaged(actor, id);
        ProjectStage to = ProjectStage.parse(input.to())
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("to", "project.stage.unknown"))));
        boolean stop = to == ProjectStage.STOPPED;
        if (stop ? project.stage == ProjectStage.STOPPED : project.stage.next().filter(to::equals).isEmpty()) {
            throw DomainException.conflict("project-stage-order");
        }
        String decision = blankToNull(input.decisionNote()) != null ? input.decisionNote().strip() : project.decisionNote;
        List<String> missing = StageGates.missing(to, facts(project, decision, blankToNull(input.stopReason()),
                blankToNull(input.lessons())));
        String override = blankToNull(input.overrideReason());
        if (!missing.isEmpty()) {
            if (override == null || stop) {
                throw new GateException(missing);
            }
            if (!actor.has(Roles.INNOVATION_OFFICE)) {
                throw DomainException.forbidden("gate-override-forbidden");
            }
            Reasons.require(override);
        }
        ProjectStage from = project.stage;
        project.decisionNote = decision;
        if (stop) {
            project.stopReason = input.stopReason().strip();
            project.lessons = input.lessons().strip();
        }
        project.stage = to;
        project.stageSince = clock.now();
        touch(project);
        history(project, "STAGE", actor.personId(), from + " → " + to
                + (missing.isEmpty() ? "" : " (override: " + override + "; missing: " + String.join(", ", missing) + ")"));
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("stage", to);
        if (!missing.isEmpty()) {
            after.put("overriddenGates", missing);
        }
        audit.record(actor.personId(), AuditAction.PROJECT_STAGE_MOVED, subject(project), Map.of("stage", from), after,
                stop ? project.stopReason : missing.isEmpty() ? null : override);
        return project;
    }

    private static AuditLog.Subject subject(Project project) {
        return AuditLog.Subject.of("project", project.id, project.title);
    }

    private static Map<String, Object> origin(Project project) {
        Map<String, Object> origin = new java.util.LinkedHashMap<>();
        if (project.submissionId != null) {
            origin.put("submissionId", project.submissionId);
        }
        if (project.sourceIdeaId != null) {
            origin.put("ideaId", project.sourceIdeaId);
        }
        return origin;
    }

    @Transactional
    public void addMilestone(Actor actor, long id, MilestoneInput input) {
        Project project = lockManaged(actor, id);
        check(input);
        Panache.getEntityManager().createNativeQuery(
                        "insert into milestone (project_id, title, due_date, weight) values (:p, :t, :d, :w)")
                .setParameter("p", id).setParameter("t", input.title().strip()).setParameter("d", input.dueDate())
                .setParameter("w", input.weight()).executeUpdate();
        touch(project);
        history(project, "MILESTONE_ADDED", actor.personId(), input.title().strip());
    }

    @Transactional
    public void setMilestoneDone(Actor actor, long id, long milestoneId, boolean done) {
        Project project = lockManaged(actor, id);
        int changed = Panache.getEntityManager().createNativeQuery("""
                update milestone set done = :d, done_at = case when :d then now() else null end
                where id = :m and project_id = :p""")
                .setParameter("d", done).setParameter("m", milestoneId).setParameter("p", id).executeUpdate();
        if (changed == 0) {
            throw DomainException.notFound("milestone-not-found");
        }
        touch(project);
        history(project, done ? "MILESTONE_DONE" : "MILESTONE_REOPENED", actor.personId(), String.valueOf(milestoneId));
    }

    @Transactional
    public void addUpdate(Actor actor, long id, UpdateInput input) {
        Project project = lockManaged(actor, id);
        check(input);
        Panache.getEntityManager().createNativeQuery("""
                insert into project_update (project_id, author_id, text, progress_note) values (:p, :a, :t, :n)""")
                .setParameter("p", id).setParameter("a", actor.personId()).setParameter("t", input.text().strip())
                .setParameter("n", blankToNull(input.progressNote())).executeUpdate();
        touch(project);
        history(project, "UPDATE", actor.personId(), null);
    }

    @Transactional
    public void addKpi(Actor actor, long id, KpiInput input) {
        Project project = lockManaged(actor, id);
        check(input);
        Panache.getEntityManager().createNativeQuery("""
                insert into kpi (project_id, name, unit, baseline, target, actual, actual_at)
                values (:p, :n, :u, :b, :t, :a, :at)""")
                .setParameter("p", id).setParameter("n", input.name().strip())
                .setParameter("u", Objects.requireNonNullElse(input.unit(), "").strip())
                .setParameter("b", input.baseline()).setParameter("t", input.target()).setParameter("a", input.actual())
                .setParameter("at", input.actualAt()).executeUpdate();
        touch(project);
        history(project, "KPI", actor.personId(), input.name().strip());
    }

    /** Records the latest actual value of a KPI. */
    @Transactional
    public void recordKpi(Actor actor, long id, long kpiId, BigDecimal actual, java.time.LocalDate at) {
        Project project = lockManaged(actor, id);
        if (actual == null) {
            throw DomainException.invalid(List.of(FieldError.of("actual", "validation.required")));
        }
        if (Panache.getEntityManager().createNativeQuery(
                        "update kpi set actual = :a, actual_at = :at where id = :k and project_id = :p")
                .setParameter("a", actual).setParameter("at", at == null ? java.time.LocalDate.now(clock.zone()) : at)
                .setParameter("k", kpiId).setParameter("p", id).executeUpdate() == 0) {
            throw DomainException.notFound("kpi-not-found");
        }
        touch(project);
        history(project, "KPI", actor.personId(), actual.toPlainString());
    }

    @Transactional
    public void follow(Actor actor, long id, boolean follow) {
        get(id);
        Panache.getEntityManager().createNativeQuery(follow
                        ? "insert into project_follower (project_id, person_id) values (:p, :u) on conflict do nothing"
                        : "delete from project_follower where project_id = :p and person_id = :u")
                .setParameter("p", id).setParameter("u", actor.personId()).executeUpdate();
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A refused stage move, with the codes of the unmet conditions. */
    public static class GateException extends DomainException {
        public GateException(List<String> missing) {
            super(Kind.CONFLICT, "gate-not-met", "problem.gate-not-met",
                    missing.stream().map(code -> FieldError.of("gate", "gate." + code)).toList());
        }
    }

    private StageGates.Facts facts(Project project, String decisionNote, String stopReason, String lessons) {
        List<Milestone> milestones = milestones(project.id);
        int withBaseline = (int) kpis(project.id).stream().filter(k -> k.baseline() != null).count();
        return new StageGates.Facts(project.sponsorId != null, project.ownerId != null,
                decisionNote != null && !decisionNote.isBlank(), milestones.size(),
                (int) milestones.stream().filter(Milestone::done).count(), withBaseline,
                stopReason != null, lessons != null);
    }

    private Project newProject(Actor actor, String title, String problem) {
        Project project = new Project();
        Instant now = clock.now();
        project.title = title;
        project.problem = problem == null ? "" : problem;
        project.createdBy = actor.personId();
        project.createdAt = now;
        project.updatedAt = now;
        project.lastActivityAt = now;
        project.stageSince = now;
        return project;
    }

    private static void markIdeasPromoted(long projectId) {
        Panache.getEntityManager().createNativeQuery("""
                update idea set state = 'PROMOTED', updated_at = now()
                where id in (select idea_id from project_idea where project_id = :p)
                  and state in ('SUBMITTED', 'SHORTLISTED')""").setParameter("p", projectId).executeUpdate();
    }

    private void history(Project project, String kind, Long actorId, String detail) {
        Panache.getEntityManager().createNativeQuery("""
                insert into project_history (project_id, kind, actor_id, detail, at) values (:p, :k, :a, :d, :at)""")
                .setParameter("p", project.id).setParameter("k", kind).setParameter("a", actorId)
                .setParameter("d", detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .setParameter("at", clock.now()).executeUpdate();
    }

    private void touch(Project project) {
        project.updatedAt = clock.now();
        project.lastActivityAt = project.updatedAt;
    }

    private Project lockManaged(Actor actor, long id) {
        Project project = Project.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw DomainException.notFound("project-not-found");
        }
        if (!mayManage(actor, project)) {
            throw DomainException.forbidden("project-manage-forbidden");
        }
        return project;
    }

    private static void requirePromoter(Actor actor) {
        if (!actor.isOrganizer() && !actor.has(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("promotion-forbidden");
        }
    }

    private <T> void check(T input) {
        if (input == null) {
            throw DomainException.invalid(List.of(FieldError.of("body", "validation.required")));
        }
        List<FieldError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static void personOrError(String field, Long personId, List<FieldError> errors) {
        if (personId == null) {
            return;
        }
        Person person = Person.findById(personId);
        if (person == null || person.removedAt != null) {
            errors.add(FieldError.of(field, "person.unknown"));
        }
    }

    private static java.time.LocalDate localDate(Object value) {
        if (value == null || value instanceof java.time.LocalDate) {
            return (java.time.LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
