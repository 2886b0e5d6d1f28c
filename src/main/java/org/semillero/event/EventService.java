package org.semillero.event;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Validation;

/** Events and their phases: every rule about them lives here. */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    private final EventPolicy policy;
    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;
    private final jakarta.enterprise.event.Event<PhaseChanging> phaseChanging;

    private final AuditLog audit;

    private final Notifications notifications;

    EventService(EventPolicy policy, Validation validation, InstitutionClock clock, ActivityLog activity,
                 jakarta.enterprise.event.Event<PhaseChanging> phaseChanging, AuditLog audit, Notifications notifications) {
        this.notifications = notifications;
        this.audit = audit;
        this.phaseChanging = phaseChanging;
        this.policy = policy;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    public Page<Event> list(Actor actor, int page, int size) {
        boolean drafts = policy.allows(actor.roles(), EventAction.VIEW, EventPhase.DRAFT);
        return new Page<>(Event.listVisible(drafts, page, size), page, size, Event.countVisible(drafts));
    }

    /** Events under way (newest phase deadline first), and drafts in preparation for organizers. */
    public record Highlights(List<Event> current, List<Event> drafts) {
    }

    public Highlights highlights(Actor actor) {
        List<Event> current = Event.list(
                "phase in ?1 order by ideationStartsAt desc, id desc",
                List.of(EventPhase.IDEATION, EventPhase.HACKING, EventPhase.VOTING, EventPhase.RESULTS));
        List<Event> drafts = policy.allows(actor.roles(), EventAction.VIEW, EventPhase.DRAFT)
                ? Event.list("phase = ?1 order by ideationStartsAt, id", EventPhase.DRAFT)
                : List.of();
        return new Highlights(current, drafts);
    }

    /** The event, if this person may see it; a hidden draft is "not found", not "forbidden". */
    public Event get(Actor actor, String slug) {
        Event event = Event.findBySlug(slug).orElseThrow(() -> DomainException.notFound("event-not-found"));
        policy.require(actor.roles(), EventAction.VIEW, event.phase);
        return event;
    }

    /**
     * Holds the event's phase until the caller's transaction ends and returns it as it stands.
     * Votes and scores call this before writing: a phase move then waits for them to commit, or
     * they wait for the move and see the new phase (the lock is the database's, see V9).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventPhase holdPhase(Event event) {
        String phase = (String) Panache.getEntityManager().createNativeQuery("select semillero_hold_phase(:id)")
                .setParameter("id", event.id).getSingleResult();
        return EventPhase.valueOf(phase);
    }

    /** Waits for votes and scores in flight, and keeps new ones waiting until this move commits. */
    private static void lockPhase(long eventId) {
        Panache.getEntityManager().createNativeQuery("select cast(semillero_lock_phase(:id) as text)")
                .setParameter("id", eventId).getSingleResult();
    }

    public List<PhaseChange> timeline(Actor actor, String slug) {
        return PhaseChange.timelineOf(get(actor, slug).id);
    }

    /** Field errors of an input, without saving anything (used to re-render forms). */
    public List<FieldError> problemsOf(EventInputs.EventInput input, boolean creating) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        if (creating && (input.slug() == null || input.slug().isBlank())) {
            errors.add(FieldError.of("slug", "validation.required"));
        }
        if (!creating && input.version() == null) {
            errors.add(FieldError.of("version", "validation.required"));
        }
        List<OffsetDateTime> dates = List.of(
                orMax(input.ideationStartsAt()), orMax(input.hackingStartsAt()), orMax(input.votingStartsAt()),
                orMax(input.resultsAt()), orMax(input.closesAt()));
        List<String> dateFields = List.of("ideationStartsAt", "hackingStartsAt", "votingStartsAt", "resultsAt", "closesAt");
        for (int i = 1; i < dates.size(); i++) {
            OffsetDateTime previous = dates.get(i - 1);
            OffsetDateTime current = dates.get(i);
            if (previous != OffsetDateTime.MAX && current != OffsetDateTime.MAX && !current.isAfter(previous)) {
                errors.add(FieldError.of(dateFields.get(i), "event.dates.order"));
            }
        }
        if (input.teamSizeMin() != null && input.teamSizeMax() != null && input.teamSizeMin() > input.teamSizeMax()) {
            errors.add(FieldError.of("teamSizeMax", "event.team-size.range"));
        }
        if (input.voteBudget() != null && input.maxVotesPerEntry() != null
                && input.maxVotesPerEntry() > input.voteBudget()) {
            errors.add(FieldError.of("maxVotesPerEntry", "event.votes.per-entry"));
        }
        return errors;
    }

    @Transactional
    public Event create(Actor actor, EventInputs.EventInput input) {
        if (!policy.mayCreate(actor.roles())) {
            throw DomainException.forbidden("event-action-forbidden");
        }
        List<FieldError> errors = problemsOf(input, true);
        if (errors.isEmpty() && Event.findBySlug(input.slug()).isPresent()) {
            errors.add(FieldError.of("slug", "event.slug.taken"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Instant now = clock.now();
        Event event = new Event();
        event.slug = input.slug();
        event.createdBy = actor.personId();
        event.createdAt = now;
        apply(event, input, now);
        // A unique-constraint race on the slug surfaces here, inside the service, as a 409.
        if (Panache.getEntityManager().createNativeQuery("""
                insert into event (slug, title, description, phase, ideation_starts_at, hacking_starts_at,
                    voting_starts_at, results_at, closes_at, team_size_min, team_size_max, vote_budget,
                    max_votes_per_entry, created_by, created_at, updated_at, version)
                values (:slug, :title, :description, 'DRAFT', :ideation, :hacking, :voting, :results, :closes,
                    :min, :max, :budget, :perEntry, :createdBy, :now, :now, 0)
                on conflict (slug) do nothing""")
                .setParameter("slug", event.slug).setParameter("title", event.title)
                .setParameter("description", event.description)
                .setParameter("ideation", event.ideationStartsAt).setParameter("hacking", event.hackingStartsAt)
                .setParameter("voting", event.votingStartsAt).setParameter("results", event.resultsAt)
                .setParameter("closes", event.closesAt).setParameter("min", event.teamSizeMin)
                .setParameter("max", event.teamSizeMax).setParameter("budget", event.voteBudget)
                .setParameter("perEntry", event.maxVotesPerEntry).setParameter("createdBy", event.createdBy)
                .setParameter("now", now)
                .executeUpdate() == 0) {
            throw DomainException.invalid(List.of(FieldError.of("slug", "event.slug.taken")));
        }
        Event created = Event.findBySlug(event.slug).orElseThrow();
        activity.record(actor.personId(), "EVENT_CREATED", created.title, "/events/" + created.slug);
        audit.record(actor.personId(), AuditAction.EVENT_CREATED, created.auditSubject(), null, settings(created), null);
        return created;
    }

    @Transactional
    public Event update(Actor actor, String slug, EventInputs.EventInput input) {
        Event event = get(actor, slug);
        policy.require(actor.roles(), EventAction.EDIT, event.phase);
        List<FieldError> errors = problemsOf(input, false);
        if (input.slug() != null && !input.slug().equals(event.slug)) {
            errors.add(FieldError.of("slug", "event.slug.immutable"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (input.version() != event.version) {
            throw DomainException.conflict("stale-version");
        }
        Map<String, Object> before = settings(event);
        apply(event, input, clock.now());
        Panache.getEntityManager().flush();
        activity.record(actor.personId(), "EVENT_UPDATED", event.title, "/events/" + event.slug);
        audit.record(actor.personId(), AuditAction.EVENT_UPDATED, event.auditSubject(), before, settings(event), null);
        return event;
    }

    /**
     * Moves an event one phase forward or back. {@code expectedFrom} is the phase the person
     * saw; if someone else moved it meanwhile, nothing happens and the answer is 409. The row
     * is locked for the move, so two clicks at once make one transition.
     */
    @Transactional
    public Event changePhase(Actor actor, String slug, EventPhase expectedFrom, EventPhase to, String reason) {
        Event event = get(actor, slug);
        // The phase lock first (see holdPhase), then the row, re-read as it stands now.
        lockPhase(event.id);
        Panache.getEntityManager().refresh(event, LockModeType.PESSIMISTIC_WRITE);
        if (expectedFrom != null && expectedFrom != event.phase) {
            throw DomainException.conflict("phase-changed");
        }
        boolean forward = event.phase.next().filter(to::equals).isPresent();
        boolean back = event.phase.previous().filter(to::equals).isPresent();
        if (!forward && !back) {
            policy.require(actor.roles(), EventAction.ADVANCE_PHASE, event.phase);
            throw DomainException.conflict("phase-not-adjacent");
        }
        policy.require(actor.roles(), forward ? EventAction.ADVANCE_PHASE : EventAction.STEP_BACK_PHASE, event.phase);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (back && cleanReason == null) {
            throw DomainException.invalid(List.of(FieldError.of("reason", "event.phase.reason-required")));
        }
        if (cleanReason != null && cleanReason.length() > 1000) {
            throw DomainException.invalid(List.of(new FieldError("reason", "validation.size.max",
                    java.util.Map.of("max", 1000))));
        }
        Instant now = clock.now();
        move(event, to, actor.personId(), cleanReason, now);
        event.lastManualChangeAt = now;
        activity.record(actor.personId(), "EVENT_PHASE_CHANGED", event.title, "/events/" + event.slug);
        return event;
    }

    /**
     * Advances every event whose next phase's planned start has passed, one phase at a time
     * (so the timeline shows each step), unless a person moved it after that date. Drafts are
     * never published by the schedule. Each event moves in its own transaction, claimed with
     * SKIP LOCKED, so replicas running this at once never move the same event twice and one
     * refused move does not hold back the others.
     */
    public int advanceDuePhases() {
        Instant now = clock.now();
        List<Number> due = QuarkusTransaction.requiringNew().call(() -> castList(Panache.getEntityManager()
                .createNativeQuery("""
                        select id from event
                        where phase in ('IDEATION', 'HACKING', 'VOTING', 'RESULTS')
                          and (case phase when 'IDEATION' then hacking_starts_at
                                          when 'HACKING' then voting_starts_at
                                          when 'VOTING' then results_at
                                          else closes_at end) <= :now
                        order by id""")
                .setParameter("now", now).getResultList()));
        int moves = 0;
        for (Number id : due) {
            try {
                moves += QuarkusTransaction.requiringNew().call(() -> advanceOne(id.longValue(), now));
            } catch (DomainException refused) {
                // A feature vetoed the move (e.g. missing jury coverage): organizers see why when
                // they try by hand; the schedule tries again on its next run.
                LOG.warnf("Event %d was not advanced on schedule: %s", id.longValue(), refused.code());
            }
        }
        if (moves > 0) {
            LOG.infof("Scheduled phase changes: %d", moves);
        }
        return moves;
    }

    /** One event, in its own transaction, claimed with SKIP LOCKED so another replica leaves it alone. */
    private int advanceOne(long id, Instant now) {
        lockPhase(id);
        if (Panache.getEntityManager().createNativeQuery("select id from event where id = :id for update skip locked")
                .setParameter("id", id).getResultList().isEmpty()) {
            return 0;
        }
        Event event = Event.findById(id);
        int moves = 0;
        while (isDue(event, now)) {
            move(event, event.phase.next().orElseThrow(), null, null, now);
            moves++;
        }
        return moves;
    }

    @SuppressWarnings("unchecked")
    private static List<Number> castList(List<?> rows) {
        return (List<Number>) rows;
    }

    private static boolean isDue(Event event, Instant now) {
        if (event.phase == EventPhase.DRAFT || event.phase == EventPhase.CLOSED) {
            return false;
        }
        Instant nextStart = event.plannedStart(event.phase.next().orElseThrow()).orElseThrow();
        return !nextStart.isAfter(now)
                && (event.lastManualChangeAt == null || event.lastManualChangeAt.isBefore(nextStart));
    }

    private void move(Event event, EventPhase to, Long personId, String reason, Instant now) {
        phaseChanging.fire(new PhaseChanging(event.id, event.phase, to, personId, reason));
        PhaseChange change = new PhaseChange();
        change.eventId = event.id;
        change.fromPhase = event.phase;
        change.toPhase = to;
        change.changedBy = personId;
        change.automatic = personId == null;
        change.reason = reason;
        change.changedAt = now;
        change.persist();
        audit.record(personId, AuditAction.EVENT_PHASE_CHANGED, event.auditSubject(), Map.of("phase", event.phase),
                Map.of("phase", to), reason);
        event.phase = to;
        event.updatedAt = now;
        tellAboutPhase(event, to, personId);
    }

    /** Everyone who takes part: idea authors, team members and judges of the event. */
    private static final String PARTICIPANTS = """
            select author_id as person_id from idea where event_id = :event
            union select person_id from team_member where event_id = :event
            union select person_id from judge where event_id = :event""";

    /**
     * Voting opening reaches everyone (every signed-in person is an officer and may vote); the other moves reach those who take
     * part. One insert-select each, in the transaction of the move.
     */
    private void tellAboutPhase(Event event, EventPhase to, Long personId) {
        Map<String, Object> about = Map.of("event", event.title, "phase", to.name());
        String page = "/events/" + event.slug;
        switch (to) {
            case VOTING -> notifications.fanOut(personId, """
                    select id as person_id from person where removed_at is null""",
                    Map.of(), NotificationType.VOTING_OPENED, page + "/ballot", about);
            case RESULTS -> notifications.fanOut(personId, PARTICIPANTS, Map.of("event", event.id),
                    NotificationType.RESULTS_PUBLISHED, page + "/results", about);
            default -> notifications.fanOut(personId, PARTICIPANTS, Map.of("event", event.id),
                    NotificationType.PHASE_CHANGED, page, about);
        }
    }

    private static void apply(Event event, EventInputs.EventInput input, Instant now) {
        event.title = input.title().strip();
        event.description = input.description() == null ? "" : input.description().strip();
        event.ideationStartsAt = input.ideationStartsAt().toInstant();
        event.hackingStartsAt = input.hackingStartsAt().toInstant();
        event.votingStartsAt = input.votingStartsAt().toInstant();
        event.resultsAt = input.resultsAt().toInstant();
        event.closesAt = input.closesAt().toInstant();
        event.teamSizeMin = input.teamSizeMin();
        event.teamSizeMax = input.teamSizeMax();
        event.voteBudget = input.voteBudget();
        event.maxVotesPerEntry = input.maxVotesPerEntry();
        event.updatedAt = now;
    }


    /** What an edit of the event can change, for the audit log. */
    private static Map<String, Object> settings(Event event) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("title", event.title);
        settings.put("ideationStartsAt", event.ideationStartsAt);
        settings.put("hackingStartsAt", event.hackingStartsAt);
        settings.put("votingStartsAt", event.votingStartsAt);
        settings.put("resultsAt", event.resultsAt);
        settings.put("closesAt", event.closesAt);
        settings.put("teamSize", event.teamSizeMin + "-" + event.teamSizeMax);
        settings.put("voteBudget", event.voteBudget);
        settings.put("maxVotesPerEntry", event.maxVotesPerEntry);
        return settings;
    }

    private static OffsetDateTime orMax(OffsetDateTime value) {
        return Objects.requireNonNullElse(value, OffsetDateTime.MAX);
    }
}
