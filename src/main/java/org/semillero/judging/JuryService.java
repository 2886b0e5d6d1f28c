package org.semillero.judging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.event.PhaseChanging;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Reasons;
import org.semillero.shared.web.Validation;

/**
 * The jury: criteria, judges and the results method (set up before voting, frozen after),
 * scoring with automatic conflicts and recusals, and coverage.
 */
@ApplicationScoped
public class JuryService {

    /** One entry as a judge sees it: their own scores only, and why they may not score it. */
    public record WorkItem(long submissionId, String title, String summary, Map<Long, Integer> myScores,
                           String myComment, boolean conflict, String recusedBecause, boolean done) {
    }

    /** A judge's workspace: what to score and how far they are. */
    public record Workspace(Event event, List<Criterion> criteria, List<WorkItem> items, int scored, int toScore) {
    }

    /** How many complete scorecards each accepted entry has, against the event's minimum. */
    public record Coverage(long submissionId, String title, int scorecards, int needed, boolean missing) {
    }

    public record JudgeView(long personId, String name, String department) {
    }

    private final EventService events;
    private final EventPolicy policy;
    private final Validation validation;
    private final PersonService people;
    private final AuditLog audit;

    private final Notifications notifications;

    JuryService(EventService events, EventPolicy policy, Validation validation, PersonService people, AuditLog audit,
                Notifications notifications) {
        this.notifications = notifications;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.validation = validation;
    }

    // --- set-up (organizers, before voting) ----------------------------------------------

    @Transactional
    public Event declareMethod(Actor actor, String slug, JuryInputs.MethodInput input) {
        Event event = setUp(actor, slug);
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        if (errors.isEmpty() && input.juryWeight() + input.voteWeight() != 100) {
            errors.add(FieldError.of("voteWeight", "jury.weights.sum"));
        }
        if (errors.isEmpty() && input.tieBreak() != null
                && new HashSet<>(List.of(input.tieBreak().split(","))).size() != 3) {
            errors.add(FieldError.of("tieBreak", "jury.tie-break.unknown"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Map<String, Object> before = method(event);
        event.juryWeight = input.juryWeight();
        event.voteWeight = input.voteWeight();
        event.normalisation = input.normalisation();
        event.tieBreak = input.tieBreak() == null ? "JURY,VOTERS,FINALIZED" : input.tieBreak();
        event.minJudges = input.minJudges();
        event.judgeComments = input.judgeComments() == null ? "ORGANIZERS" : input.judgeComments();
        Panache.getEntityManager().flush();
        audit.record(actor.personId(), AuditAction.JURY_METHOD_DECLARED, event.auditSubject(), before, method(event), null);
        return event;
    }

    @Transactional
    public Criterion addCriterion(Actor actor, String slug, JuryInputs.CriterionInput input) {
        Event event = setUp(actor, slug);
        List<FieldError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (Criterion.count("eventId = ?1 and lower(name) = ?2", event.id, input.name().strip().toLowerCase()) > 0) {
            throw DomainException.invalid(List.of(FieldError.of("name", "jury.criterion.taken")));
        }
        Criterion criterion = new Criterion();
        criterion.eventId = event.id;
        criterion.name = input.name().strip();
        criterion.description = Objects.requireNonNullElse(input.description(), "").strip();
        criterion.weight = input.weight();
        criterion.position = (int) Criterion.count("eventId", event.id);
        criterion.persist();
        audit.record(actor.personId(), AuditAction.JURY_CRITERION_ADDED, event.auditSubject(), null,
                Map.of("criterion", criterion.name, "weight", criterion.weight), null);
        return criterion;
    }

    @Transactional
    public void removeCriterion(Actor actor, String slug, long criterionId) {
        Event event = setUp(actor, slug);
        Criterion criterion = Criterion.<Criterion>find("id = ?1 and eventId = ?2", criterionId, event.id)
                .firstResultOptional().orElseThrow(() -> DomainException.notFound("criterion-not-found"));
        audit.record(actor.personId(), AuditAction.JURY_CRITERION_REMOVED, event.auditSubject(),
                Map.of("criterion", criterion.name, "weight", criterion.weight), null, null);
        criterion.delete();
    }

    @Transactional
    public void assignJudge(Actor actor, String slug, Long personId) {
        Event event = setUp(actor, slug);
        Person person = people.choose("personId", personId);
        int added = Panache.getEntityManager().createNativeQuery("""
                insert into judge (event_id, person_id, assigned_by) values (:e, :p, :by) on conflict do nothing""")
                .setParameter("e", event.id).setParameter("p", person.id).setParameter("by", actor.personId())
                .executeUpdate();
        if (added == 1) {
            audit.record(actor.personId(), AuditAction.JUDGE_ASSIGNED, event.auditSubject(), null,
                    Map.of("judge", person.displayName, "personId", person.id), null);
            notifications.send(actor.personId(), List.of(person.id), NotificationType.JUDGE_ASSIGNED,
                    "/events/" + event.slug + "/jury", Map.of("event", event.title));
        }
    }

    @Transactional
    public void removeJudge(Actor actor, String slug, long personId) {
        Event event = setUp(actor, slug);
        int removed = Panache.getEntityManager().createNativeQuery("""
                delete from judge where event_id = :e and person_id = :p""")
                .setParameter("e", event.id).setParameter("p", personId).executeUpdate();
        if (removed == 0) {
            throw DomainException.notFound("judge-not-found");
        }
        audit.record(actor.personId(), AuditAction.JUDGE_REMOVED, event.auditSubject(),
                Map.of("judge", people.displayNames(List.of(personId)).getOrDefault(personId, ""), "personId", personId),
                null, null);
    }

    public List<JudgeView> judges(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.display_name, p.department from judge j join person p on p.id = j.person_id
                where j.event_id = :e order by p.display_name""").setParameter("e", event.id).getResultList();
        return rows.stream().map(r -> new JudgeView(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    public List<Criterion> criteria(Actor actor, String slug) {
        return Criterion.of(events.get(actor, slug).id);
    }

    /**
     * Judges' comments on a submission for its team, without judges' names: only after results
     * are published, only when the event shares them, only to the team's members.
     */
    public List<String> commentsForTeam(Actor actor, long submissionId) {
        @SuppressWarnings("unchecked")
        List<String> comments = Panache.getEntityManager().createNativeQuery("""
                select c.comment from score_comment c
                join submission s on s.id = c.submission_id
                join event e on e.id = s.event_id
                where c.submission_id = :s and e.judge_comments = 'TEAM' and e.phase in ('RESULTS', 'CLOSED')
                  and not exists (select 1 from recusal r where r.judge_id = c.judge_id and r.submission_id = c.submission_id)
                  and exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :p)
                order by c.judge_id""").setParameter("s", submissionId).setParameter("p", actor.personId())
                .getResultList();
        return comments;
    }

    // --- scoring (judges, during voting) -------------------------------------------------

    public Workspace workspace(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        requireJudge(actor, event);
        List<Criterion> criteria = Criterion.of(event.id);
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("""
                select s.id, s.title, s.summary,
                       (select r.reason from recusal r where r.judge_id = :j and r.submission_id = s.id),
                       (select c.comment from score_comment c where c.judge_id = :j and c.submission_id = s.id)
                from submission s where s.event_id = :e and s.status = 'ACCEPTED' order by s.id""")
                .setParameter("e", event.id).setParameter("j", actor.personId()).getResultList();
        List<WorkItem> items = new ArrayList<>();
        int scored = 0;
        int toScore = 0;
        for (Object[] row : entries) {
            long submissionId = ((Number) row[0]).longValue();
            Map<Long, Integer> mine = myScores(actor.personId(), submissionId);
            boolean conflict = hasConflict(actor.personId(), submissionId);
            boolean done = !criteria.isEmpty() && mine.keySet().containsAll(criteria.stream().map(c -> c.id).toList());
            String recused = (String) row[3];
            if (!conflict && recused == null) {
                toScore++;
                if (done) {
                    scored++;
                }
            }
            items.add(new WorkItem(submissionId, (String) row[1], (String) row[2], mine, (String) row[4], conflict,
                    recused, done));
        }
        return new Workspace(event, criteria, items, scored, toScore);
    }

    /** A complete scorecard: 1–5 for every criterion, and an optional comment. */
    @Transactional
    public void score(Actor actor, String slug, long submissionId, Map<Long, Integer> values, String comment) {
        Event event = events.get(actor, slug);
        // Held until commit, so that a score is either in the published results or refused.
        policy.require(actor.roles(), EventAction.SCORE, events.holdPhase(event));
        requireJudge(actor, event);
        requireOnBallot(event, submissionId);
        if (hasConflict(actor.personId(), submissionId)) {
            throw DomainException.conflict("judge-conflict");
        }
        if (isRecused(actor.personId(), submissionId)) {
            throw DomainException.conflict("judge-recused");
        }
        List<Criterion> criteria = Criterion.of(event.id);
        List<FieldError> errors = new ArrayList<>();
        for (Criterion c : criteria) {
            Integer value = values == null ? null : values.get(c.id);
            if (value == null) {
                errors.add(FieldError.of("scores." + c.id, "validation.required"));
            } else if (value < 1 || value > 5) {
                errors.add(FieldError.of("scores." + c.id, "jury.score.range"));
            }
        }
        if (values != null && values.keySet().stream().anyMatch(id -> criteria.stream().noneMatch(c -> c.id.equals(id)))) {
            errors.add(FieldError.of("scores", "jury.criterion.unknown"));
        }
        if (comment != null && comment.length() > 2000) {
            errors.add(new FieldError("comment", "validation.size.max", Map.of("max", 2000)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        EntityManager em = Panache.getEntityManager();
        for (Criterion c : criteria) {
            em.createNativeQuery("""
                    insert into score (event_id, judge_id, submission_id, criterion_id, value) values (:e, :j, :s, :c, :v)
                    on conflict (judge_id, submission_id, criterion_id) do update set value = excluded.value, scored_at = now()""")
                    .setParameter("e", event.id).setParameter("j", actor.personId()).setParameter("s", submissionId)
                    .setParameter("c", c.id).setParameter("v", values.get(c.id)).executeUpdate();
        }
        em.createNativeQuery("delete from score_comment where judge_id = :j and submission_id = :s")
                .setParameter("j", actor.personId()).setParameter("s", submissionId).executeUpdate();
        if (comment != null && !comment.isBlank()) {
            em.createNativeQuery("insert into score_comment (judge_id, submission_id, comment) values (:j, :s, :c)")
                    .setParameter("j", actor.personId()).setParameter("s", submissionId).setParameter("c", comment.strip())
                    .executeUpdate();
        }
    }


    private static Map<String, Object> method(Event event) {
        Map<String, Object> method = new java.util.LinkedHashMap<>();
        method.put("juryWeight", event.juryWeight);
        method.put("voteWeight", event.voteWeight);
        method.put("normalisation", event.normalisation);
        method.put("tieBreak", event.tieBreak);
        method.put("minJudges", event.minJudges);
        method.put("judgeComments", event.judgeComments);
        return method;
    }

    /** A judge steps aside from an entry, with a recorded reason; their scores for it are dropped. */
    @Transactional
    public void recuse(Actor actor, String slug, long submissionId, String reason) {
        String why = Reasons.require(reason);
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.SCORE, events.holdPhase(event));
        requireJudge(actor, event);
        requireOnBallot(event, submissionId);
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into recusal (event_id, judge_id, submission_id, reason) values (:e, :j, :s, :r)
                on conflict (judge_id, submission_id) do nothing""")
                .setParameter("e", event.id).setParameter("j", actor.personId()).setParameter("s", submissionId)
                .setParameter("r", why).executeUpdate();
        em.createNativeQuery("delete from score where judge_id = :j and submission_id = :s")
                .setParameter("j", actor.personId()).setParameter("s", submissionId).executeUpdate();
        em.createNativeQuery("delete from score_comment where judge_id = :j and submission_id = :s")
                .setParameter("j", actor.personId()).setParameter("s", submissionId).executeUpdate();
        Object title = em.createNativeQuery("select title from submission where id = :s")
                .setParameter("s", submissionId).getSingleResult();
        audit.record(actor.personId(), AuditAction.JUDGE_RECUSED, AuditLog.Subject.of("submission", submissionId,
                (String) title), null, null, why);
    }

    public List<Coverage> coverage(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        return coverageOf(event);
    }

    List<Coverage> coverageOf(Event event) {
        long criteria = Criterion.count("eventId", event.id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title,
                       (select count(*) from (select sc.judge_id from score sc where sc.submission_id = s.id
                                              group by sc.judge_id having count(*) = :criteria) complete)
                from submission s where s.event_id = :e and s.status = 'ACCEPTED' order by s.id""")
                .setParameter("e", event.id).setParameter("criteria", criteria).getResultList();
        return rows.stream().map(r -> {
            int cards = ((Number) r[2]).intValue();
            return new Coverage(((Number) r[0]).longValue(), (String) r[1], cards, event.minJudges,
                    criteria > 0 && cards < event.minJudges);
        }).toList();
    }

    /** Voting needs a complete jury set-up when the jury counts; checked as the event enters VOTING. */
    void checkReadyForVoting(@Observes PhaseChanging change) {
        if (change.to() != EventPhase.VOTING || change.from() != EventPhase.HACKING) {
            return;
        }
        Event event = Event.findById(change.eventId());
        if (event.juryWeight == 0) {
            return;
        }
        int weights = Criterion.of(event.id).stream().mapToInt(c -> c.weight).sum();
        long judges = ((Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from judge where event_id = :e").setParameter("e", event.id).getSingleResult()).longValue();
        if (weights != 100 || judges < event.minJudges) {
            throw DomainException.conflict("jury-not-ready");
        }
    }

    private Event setUp(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.SET_UP_JURY, event.phase);
        return event;
    }

    private static void requireJudge(Actor actor, Event event) {
        if (Panache.getEntityManager().createNativeQuery("select 1 from judge where event_id = :e and person_id = :p")
                .setParameter("e", event.id).setParameter("p", actor.personId()).getResultList().isEmpty()) {
            throw DomainException.forbidden("judges-only");
        }
    }

    private static void requireOnBallot(Event event, long submissionId) {
        if (Panache.getEntityManager().createNativeQuery(
                        "select 1 from submission where id = :s and event_id = :e and status = 'ACCEPTED'")
                .setParameter("s", submissionId).setParameter("e", event.id).getResultList().isEmpty()) {
            throw DomainException.notFound("submission-not-found");
        }
    }

    /** Automatic conflicts: the judge is in the entry's team, or wrote or co-wrote one of its ideas. */
    static boolean hasConflict(long judgeId, long submissionId) {
        return !Panache.getEntityManager().createNativeQuery("""
                select 1 from submission s where s.id = :s and (
                    exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :j)
                    or exists (select 1 from submission_idea si join idea i on i.id = si.idea_id
                               where si.submission_id = s.id and i.author_id = :j)
                    or exists (select 1 from submission_idea si join idea_coauthor c on c.idea_id = si.idea_id
                               where si.submission_id = s.id and c.person_id = :j and c.status = 'ACCEPTED')
                    or exists (select 1 from team t join idea i on i.id = t.idea_id
                               where t.id = s.team_id and i.author_id = :j))""")
                .setParameter("s", submissionId).setParameter("j", judgeId).getResultList().isEmpty();
    }

    private static boolean isRecused(long judgeId, long submissionId) {
        return !Panache.getEntityManager().createNativeQuery(
                        "select 1 from recusal where judge_id = :j and submission_id = :s")
                .setParameter("j", judgeId).setParameter("s", submissionId).getResultList().isEmpty();
    }

    private static Map<Long, Integer> myScores(long judgeId, long submissionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select criterion_id, value from score where judge_id = :j and submission_id = :s")
                .setParameter("j", judgeId).setParameter("s", submissionId).getResultList();
        Map<Long, Integer> scores = new LinkedHashMap<>();
        rows.forEach(r -> scores.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return scores;
    }
}
