package org.semillero.challenge;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.people.PersonService;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.Reasons;
import org.semillero.shared.web.Validation;

/** Problem intake and its review: record, +1, accept, decline, merge, attach to events. */
@ApplicationScoped
public class ChallengeService {

    public record Page(List<Challenge> items, int size, Long total, String next, String previous) {
    }

    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;
    private final PersonService people;
    private final EventService events;
    private final EventPolicy eventPolicy;

    private final AuditLog audit;

    ChallengeService(Validation validation, InstitutionClock clock, ActivityLog activity, PersonService people,
                     EventService events, EventPolicy eventPolicy, AuditLog audit) {
        this.audit = audit;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
        this.people = people;
        this.events = events;
        this.eventPolicy = eventPolicy;
    }

    public List<FieldError> problemsOf(ChallengeInputs.ChallengeInput input) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        boolean hasValue = input.evidenceValue() != null;
        boolean hasUnit = input.evidenceUnit() != null && !input.evidenceUnit().isBlank();
        if (hasValue && !hasUnit) {
            errors.add(FieldError.of("evidenceUnit", "challenge.evidence.unit-required"));
        }
        if (hasUnit && !hasValue) {
            errors.add(FieldError.of("evidenceValue", "challenge.evidence.value-required"));
        }
        return errors;
    }

    @Transactional
    public Challenge record(Actor actor, ChallengeInputs.ChallengeInput input) {
        List<FieldError> errors = problemsOf(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Instant now = clock.now();
        Challenge challenge = new Challenge();
        challenge.title = input.title().strip();
        challenge.service = input.service().strip();
        challenge.problem = input.problem().strip();
        challenge.affected = input.affected();
        challenge.evidence = input.evidence() == null ? "" : input.evidence().strip();
        challenge.evidenceValue = input.evidenceValue();
        challenge.evidenceUnit = input.evidenceValue() == null ? null : input.evidenceUnit().strip();
        challenge.department = input.department() == null || input.department().isBlank()
                ? people.get(actor.personId()).department : input.department().strip();
        challenge.authorId = actor.personId();
        challenge.createdAt = now;
        challenge.updatedAt = now;
        challenge.persist();
        activity.record(actor.personId(), "CHALLENGE_RECORDED", challenge.title, "/challenges/" + challenge.id);
        return challenge;
    }

    public Challenge get(long id) {
        return Challenge.<Challenge>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("challenge-not-found"));
    }

    /**
     * Newest first, or by relevance when searching; {@code status} null means all. Keyset pages
     * ({@link Keyset}): {@code cursor} null is the first page, which also counts the matches.
     */
    public Page list(ChallengeStatus status, String query, String cursorText, int size) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status.name());
        }
        boolean searching = query != null && !query.isBlank();
        if (searching) {
            where.append(" and c.search_vector @@ semillero_search_query(:q)");
            params.put("q", query.strip());
        }
        Keyset.Order order = searching
                ? new Keyset.Order("relevance", "ts_rank(c.search_vector, semillero_search_query(:q))", "real", true, "c.id")
                : new Keyset.Order("newest", "c.created_at", "timestamptz", true, "c.id");
        Keyset.Ids page = Keyset.ids(Panache.getEntityManager(), "from challenge c " + where, params, order, cursorText, size);
        return new Page(inOrder(page.ids()), size, page.total(), page.next(), page.previous());
    }

    private static List<Challenge> inOrder(List<Long> ids) {
        return InOrder.load(ids, found -> Challenge.<Challenge>list("id in ?1", found), item -> item.id);
    }

    public boolean supports(long personId, long challengeId) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from challenge_support where challenge_id = :c and person_id = :p")
                .setParameter("c", challengeId).setParameter("p", personId).getSingleResult()).longValue() > 0;
    }

    /** "I see this too". Idempotent; the count stays exact under concurrent clicks. */
    @Transactional
    public Support support(Actor actor, long challengeId) {
        Challenge challenge = lock(challengeId);
        if (challenge.authorId == actor.personId()) {
            throw DomainException.conflict("own-challenge");
        }
        if (challenge.status == ChallengeStatus.DECLINED || challenge.status == ChallengeStatus.MERGED) {
            throw DomainException.conflict("challenge-closed");
        }
        int added = Panache.getEntityManager().createNativeQuery("""
                insert into challenge_support (challenge_id, person_id) values (:c, :p)
                on conflict do nothing""")
                .setParameter("c", challengeId).setParameter("p", actor.personId()).executeUpdate();
        challenge.supportCount += added;
        return new Support(challenge, added == 1);
    }

    /** The challenge after a +1, and whether this call added it (false: it was there already). */
    public record Support(Challenge challenge, boolean added) {
    }

    @Transactional
    public Challenge withdrawSupport(Actor actor, long challengeId) {
        Challenge challenge = lock(challengeId);
        int removed = Panache.getEntityManager().createNativeQuery(
                        "delete from challenge_support where challenge_id = :c and person_id = :p")
                .setParameter("c", challengeId).setParameter("p", actor.personId()).executeUpdate();
        challenge.supportCount -= removed;
        return challenge;
    }

    @Transactional
    public Challenge accept(Actor actor, long challengeId) {
        Challenge challenge = review(actor, challengeId, ChallengeStatus.OPEN);
        challenge.status = ChallengeStatus.ACCEPTED;
        activity.record(actor.personId(), "CHALLENGE_ACCEPTED", challenge.title, "/challenges/" + challenge.id);
        audit.record(actor.personId(), AuditAction.CHALLENGE_MODERATED, subject(challenge),
                Map.of("status", ChallengeStatus.OPEN), Map.of("status", challenge.status), null);
        return challenge;
    }

    @Transactional
    public Challenge decline(Actor actor, long challengeId, String reason) {
        String cleanReason = Reasons.require(reason);
        Challenge challenge = review(actor, challengeId, ChallengeStatus.OPEN);
        challenge.status = ChallengeStatus.DECLINED;
        challenge.declineReason = cleanReason;
        activity.record(actor.personId(), "CHALLENGE_DECLINED", challenge.title, "/challenges/" + challenge.id);
        audit.record(actor.personId(), AuditAction.CHALLENGE_MODERATED, subject(challenge),
                Map.of("status", ChallengeStatus.OPEN), Map.of("status", challenge.status), cleanReason);
        return challenge;
    }

    /**
     * Folds a duplicate into the challenge that stays. Its +1s move over without counting
     * anyone twice, and its event themes and the ideas answering them follow it.
     */
    @Transactional
    public Challenge merge(Actor actor, long duplicateId, Long survivorId) {
        requireOrganizer(actor);
        Inputs.required("into", survivorId);
        if (survivorId == duplicateId) {
            throw DomainException.invalid(List.of(FieldError.of("into", "challenge.merge.itself")));
        }
        // Lock both rows in id order so two opposite merges cannot deadlock or cross.
        Challenge first = lock(Math.min(duplicateId, survivorId));
        Challenge second = lock(Math.max(duplicateId, survivorId));
        Challenge duplicate = first.id == duplicateId ? first : second;
        Challenge survivor = first.id == duplicateId ? second : first;
        if (duplicate.status != ChallengeStatus.OPEN && duplicate.status != ChallengeStatus.ACCEPTED) {
            throw DomainException.conflict("challenge-transition");
        }
        if (survivor.status != ChallengeStatus.OPEN && survivor.status != ChallengeStatus.ACCEPTED) {
            throw DomainException.conflict("challenge-merge-target");
        }
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into challenge_support (challenge_id, person_id, created_at)
                select :survivor, person_id, created_at from challenge_support
                where challenge_id = :duplicate and person_id <> :survivorAuthor
                on conflict do nothing""")
                .setParameter("survivor", survivor.id).setParameter("duplicate", duplicate.id)
                .setParameter("survivorAuthor", survivor.authorId).executeUpdate();
        em.createNativeQuery("delete from challenge_support where challenge_id = :duplicate")
                .setParameter("duplicate", duplicate.id).executeUpdate();
        em.createNativeQuery("""
                insert into event_challenge (event_id, challenge_id, attached_by, attached_at)
                select event_id, :survivor, :actor, now() from event_challenge where challenge_id = :duplicate
                on conflict do nothing""")
                .setParameter("survivor", survivor.id).setParameter("duplicate", duplicate.id)
                .setParameter("actor", actor.personId()).executeUpdate();
        em.createNativeQuery("update idea set challenge_id = :survivor where challenge_id = :duplicate")
                .setParameter("survivor", survivor.id).setParameter("duplicate", duplicate.id).executeUpdate();
        em.createNativeQuery("delete from event_challenge where challenge_id = :duplicate")
                .setParameter("duplicate", duplicate.id).executeUpdate();
        survivor.supportCount = ((Number) em.createNativeQuery(
                        "select count(*) from challenge_support where challenge_id = :id")
                .setParameter("id", survivor.id).getSingleResult()).intValue();
        survivor.updatedAt = clock.now();
        if (survivor.status == ChallengeStatus.OPEN && duplicate.status == ChallengeStatus.ACCEPTED) {
            survivor.status = ChallengeStatus.ACCEPTED;
        }
        duplicate.supportCount = 0;
        duplicate.status = ChallengeStatus.MERGED;
        duplicate.mergedInto = survivor.id;
        duplicate.reviewedBy = actor.personId();
        duplicate.reviewedAt = clock.now();
        duplicate.updatedAt = duplicate.reviewedAt;
        activity.record(actor.personId(), "CHALLENGE_MERGED", duplicate.title, "/challenges/" + survivor.id);
        audit.record(actor.personId(), AuditAction.CHALLENGE_MODERATED, subject(duplicate), null,
                Map.of("status", duplicate.status, "into", survivor.id), null);
        return survivor;
    }

    /** The accepted challenges an event works on. */
    public List<Challenge> themesOf(long eventId) {
        return Challenge.list("""
                id in (select ec.challengeId from EventChallenge ec where ec.eventId = ?1) order by title""", eventId);
    }

    public boolean isThemeOf(long eventId, long challengeId) {
        return EventChallenge.count("eventId = ?1 and challengeId = ?2", eventId, challengeId) > 0;
    }

    @Transactional
    public void attach(Actor actor, String eventSlug, long challengeId) {
        requireOrganizer(actor);
        Event event = events.get(actor, eventSlug);
        eventPolicy.require(actor.roles(), EventAction.MANAGE_THEMES, event.phase);
        Challenge challenge = lock(challengeId);
        if (challenge.status != ChallengeStatus.ACCEPTED) {
            throw DomainException.conflict("challenge-not-accepted");
        }
        Panache.getEntityManager().createNativeQuery("""
                insert into event_challenge (event_id, challenge_id, attached_by) values (:e, :c, :p)
                on conflict do nothing""")
                .setParameter("e", event.id).setParameter("c", challengeId).setParameter("p", actor.personId())
                .executeUpdate();
        activity.record(actor.personId(), "CHALLENGE_ATTACHED", challenge.title, "/events/" + event.slug);
        audit.record(actor.personId(), AuditAction.THEME_ATTACHED, subject(challenge), null,
                Map.of("event", event.slug), null);
    }

    @Transactional
    public void detach(Actor actor, String eventSlug, long challengeId) {
        requireOrganizer(actor);
        Event event = events.get(actor, eventSlug);
        eventPolicy.require(actor.roles(), EventAction.MANAGE_THEMES, event.phase);
        long answers = ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from idea where event_id = :e and challenge_id = :c")
                .setParameter("e", event.id).setParameter("c", challengeId).getSingleResult()).longValue();
        if (answers > 0) {
            throw DomainException.conflict("theme-has-ideas");
        }
        if (EventChallenge.delete("eventId = ?1 and challengeId = ?2", event.id, challengeId) > 0) {
            audit.record(actor.personId(), AuditAction.THEME_DETACHED,
                    subject(Challenge.<Challenge>findByIdOptional(challengeId).orElseThrow()),
                    Map.of("event", event.slug), null, null);
        }
    }

    private static AuditLog.Subject subject(Challenge challenge) {
        return AuditLog.Subject.of("challenge", challenge.id, challenge.title);
    }

    private Challenge review(Actor actor, long challengeId, ChallengeStatus from) {
        requireOrganizer(actor);
        Challenge challenge = lock(challengeId);
        if (challenge.status != from) {
            throw DomainException.conflict("challenge-transition");
        }
        challenge.reviewedBy = actor.personId();
        challenge.reviewedAt = clock.now();
        challenge.updatedAt = challenge.reviewedAt;
        return challenge;
    }

    private static Challenge lock(long id) {
        Challenge challenge = Challenge.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null) {
            throw DomainException.notFound("challenge-not-found");
        }
        return challenge;
    }

    private static void requireOrganizer(Actor actor) {
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
    }
}
