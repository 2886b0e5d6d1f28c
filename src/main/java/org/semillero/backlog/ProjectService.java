package org.semillero.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.backlog.ProjectInputs.MoveInput;
import org.semillero.backlog.ProjectInputs.ProjectInput;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.people.Person;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.Instants;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;
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

    /**
     * SQL: the stage a {@code STAGE} row of {@code project_history} (alias {@code h}) moved to, from
     * the detail "FROM → TO" that {@link #history} writes for a stage move.
     */
    public static final String STAGE_REACHED_SQL = "substring(h.detail from '^[A-Z_]+ → ([A-Z_]+)')";

    /** SQL: when the project in {@code projectColumn} first reached one of {@code stages} (null if never). */
    public static String firstReachedSql(String projectColumn, String stages) {
        return "(select min(h.at) from project_history h where h.project_id = " + projectColumn
                + " and h.kind = 'STAGE' and " + STAGE_REACHED_SQL + " in (" + stages + "))";
    }

    public record HistoryLine(String kind, String actor, String detail, Instant at) {

        private static final java.util.regex.Pattern STAGE_MOVE =
                java.util.regex.Pattern.compile("^([A-Z_]+) → ([A-Z_]+)(?: \\(override: (.*); missing: ([a-z, -]+)\\))?$");

        /** For a stage move: from, to, the override's reason and the unmet gates' codes (as stored); else null. */
        public List<String> stageMove() {
            java.util.regex.Matcher m = "STAGE".equals(kind) && detail != null ? STAGE_MOVE.matcher(detail) : null;
            if (m == null || !m.matches()) {
                return null;
            }
            return java.util.Arrays.asList(m.group(1), m.group(2), m.group(3), m.group(4));
        }
    }

    /** Promotion's answer: the project, and whether this call created it. */
    public record Promotion(Project project, boolean created) {
    }

    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;

    private final AuditLog audit;

    private final Notifications notifications;

    ProjectService(Validation validation, InstitutionClock clock, ActivityLog activity, AuditLog audit,
                   Notifications notifications) {
        this.notifications = notifications;
        this.audit = audit;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    // --- promotion -------------------------------------------------------------------------

    // --- reading ---------------------------------------------------------------------------

    public Project get(long id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("project-not-found"));
    }

    /** Every project matching the filters (Project.matching), newest first. */
    public List<Project> list(ProjectStage stage, String department, String eventSlug, Integer year) {
        Map<String, Object> params = new java.util.HashMap<>();
        var query = Panache.getEntityManager().createNativeQuery("select p.id " + Project.matching(stage, department,
                eventSlug, year, params) + " order by " + Keyset.orderBy(Project.NEWEST, null), Long.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return InOrder.load(ids, found -> Project.<Project>list("id in ?1", found), p -> p.id);
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
        return rows.stream().map(r -> new Update((String) r[0], (String) r[1], (String) r[2], Instants.of(r[3]))).toList();
    }

    public List<HistoryLine> history(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select h.kind, p.display_name, h.detail, h.at from project_history h
                left join person p on p.id = h.actor_id where h.project_id = :p order by h.at, h.id""")
                .setParameter("p", projectId).getResultList();
        return rows.stream().map(r -> new HistoryLine((String) r[0], (String) r[1], (String) r[2], Instants.of(r[3]))).toList();
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

    static AuditLog.Subject subject(Project project) {
        return AuditLog.Subject.of("project", project.id, project.title);
    }

    static Map<String, Object> origin(Project project) {
        Map<String, Object> origin = new java.util.LinkedHashMap<>();
        if (project.submissionId != null) {
            origin.put("submissionId", project.submissionId);
        }
        if (project.sourceIdeaId != null) {
            origin.put("ideaId", project.sourceIdeaId);
        }
        return origin;
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

    Project newProject(Actor actor, String title, String problem) {
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

    static void markIdeasPromoted(long projectId) {
        Panache.getEntityManager().createNativeQuery("""
                update idea set state = 'PROMOTED', updated_at = now()
                where id in (select idea_id from project_idea where project_id = :p)
                  and state in ('SUBMITTED', 'SHORTLISTED')""").setParameter("p", projectId).executeUpdate();
    }

    void history(Project project, String kind, Long actorId, String detail) {
        Panache.getEntityManager().createNativeQuery("""
                insert into project_history (project_id, kind, actor_id, detail, at) values (:p, :k, :a, :d, :at)""")
                .setParameter("p", project.id).setParameter("k", kind).setParameter("a", actorId)
                .setParameter("d", detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .setParameter("at", clock.now()).executeUpdate();
        // Contributors hear that their work became a project; followers hear of what happens next.
        if ("PROMOTED".equals(kind)) {
            notifications.fanOut(actorId, "select person_id from project_contributor where project_id = :project",
                    Map.of("project", project.id), NotificationType.PROMOTED, "/projects/" + project.id,
                    Map.of("title", project.title));
        } else if (NEWS.contains(kind)) {
            notifications.fanOut(actorId, "select person_id from project_follower where project_id = :project",
                    Map.of("project", project.id), NotificationType.PROJECT_NEWS, "/projects/" + project.id,
                    Map.of("title", project.title));
        }
    }

    /** What followers of a project are told about. */
    private static final java.util.Set<String> NEWS = java.util.Set.of("UPDATE", "STAGE", "MILESTONE_ADDED", "MILESTONE_DONE");

    void touch(Project project) {
        project.updatedAt = clock.now();
        project.lastActivityAt = project.updatedAt;
    }

    Project lockManaged(Actor actor, long id) {
        Project project = Project.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw DomainException.notFound("project-not-found");
        }
        if (!mayManage(actor, project)) {
            throw DomainException.forbidden("project-manage-forbidden");
        }
        return project;
    }

    static void requirePromoter(Actor actor) {
        if (!actor.isOrganizer() && !actor.has(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("promotion-forbidden");
        }
    }

    <T> void check(T input) {
        Inputs.body(input);
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


    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
