package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.semillero.audit.AuditLog;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.idea.IdeaRules.Relation;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Validation;

/** Ideas: proposing, editing with versions, co-authors, the state machine, supports and search. */
@ApplicationScoped
public class IdeaService {

    /** A co-author and whether they have accepted. */
    public record Coauthor(long personId, String name, String department, String status) {
    }

    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;
    private final PersonService people;
    private final EventService events;
    private final EventPolicy eventPolicy;
    private final ChallengeService challenges;

    private final AuditLog audit;

    private final IdeaCoauthorService coauthorship;

    IdeaService(Validation validation, InstitutionClock clock, ActivityLog activity, PersonService people,
                EventService events, EventPolicy eventPolicy, ChallengeService challenges, AuditLog audit, IdeaCoauthorService coauthorship) {
        this.coauthorship = coauthorship;
        this.audit = audit;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
        this.people = people;
        this.events = events;
        this.eventPolicy = eventPolicy;
        this.challenges = challenges;
    }

    // --- reading -------------------------------------------------------------------------

    /** The idea if this person may see it: drafts only to their authors and invited co-authors. */
    public Idea get(Actor actor, long id) {
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("idea-not-found"));
        requireVisible(actor, idea);
        return idea;
    }

    public Set<Relation> relationsOf(Actor actor, Idea idea) {
        Set<Relation> relations = EnumSet.of(Relation.OFFICER);
        if (idea.authorId == actor.personId()) {
            relations.add(Relation.AUTHOR);
        }
        if ("ACCEPTED".equals(coauthorship.coauthorStatus(idea.id, actor.personId()))) {
            relations.add(Relation.COAUTHOR);
        }
        if (actor.isOrganizer()) {
            relations.add(Relation.ORGANIZER);
        }
        return relations;
    }

    /** Whether the person may take the action now: the state machine and the event's phase. */
    public boolean may(Actor actor, Idea idea, IdeaAction action) {
        try {
            check(actor, idea, action);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** My drafts, and ideas I am invited to co-author: what waits for me. */
    public List<Idea> waitingFor(long personId) {
        return Idea.list("""
                (authorId = ?1 and state = ?2)
                or id in (select c.ideaId from IdeaCoauthor c where c.personId = ?1 and c.status = 'INVITED')
                order by updatedAt desc""", personId, IdeaState.DRAFT);
    }

    public List<IdeaVersion> versions(Actor actor, long id) {
        return IdeaVersion.of(get(actor, id).id);
    }

    public boolean supports(long personId, long ideaId) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from idea_support where idea_id = :i and person_id = :p")
                .setParameter("i", ideaId).setParameter("p", personId).getSingleResult()).longValue() > 0;
    }

    // --- writing -------------------------------------------------------------------------

    /** Field errors of an input without saving anything (forms re-render with them). */
    public List<FieldError> problemsOf(IdeaInputs.IdeaInput input, boolean creating) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        boolean hasEvent = input.eventSlug() != null && !input.eventSlug().isBlank();
        if (creating && hasEvent != (input.challengeId() != null)) {
            errors.add(FieldError.of(hasEvent ? "challengeId" : "eventSlug", "idea.placement.both"));
        }
        if (!creating && input.version() == null) {
            errors.add(FieldError.of("version", "validation.required"));
        }
        return errors;
    }

    @Transactional
    public Idea propose(Actor actor, IdeaInputs.IdeaInput input, boolean submit) {
        List<FieldError> errors = problemsOf(input, true);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Idea idea = new Idea();
        if (input.eventSlug() != null && !input.eventSlug().isBlank()) {
            Event event = events.get(actor, input.eventSlug().strip());
            eventPolicy.require(actor.roles(), EventAction.PROPOSE_IDEA, event.phase);
            if (!challenges.isThemeOf(event.id, input.challengeId())) {
                throw DomainException.invalid(List.of(FieldError.of("challengeId", "idea.challenge.not-theme")));
            }
            idea.eventId = event.id;
            idea.challengeId = input.challengeId();
        }
        List<Person> coauthors = coauthorship.resolveCoauthors(actor, input.coauthorIds());
        Instant now = clock.now();
        apply(idea, input);
        if (idea.department == null) {
            idea.department = people.get(actor.personId()).department;
        }
        idea.authorId = actor.personId();
        idea.createdAt = now;
        idea.updatedAt = now;
        if (submit) {
            idea.state = IdeaState.SUBMITTED;
            idea.submittedAt = now;
        }
        idea.persist();
        Panache.getEntityManager().flush();
        coauthorship.inviteCoauthors(idea, coauthors);
        recordVersion(idea, actor.personId(), diff(null, idea), now);
        activity.record(actor.personId(), submit ? "IDEA_SUBMITTED" : "IDEA_DRAFTED", idea.title, "/ideas/" + idea.id);
        return idea;
    }

    /** Saves an edit by the author or an accepted co-author, keeping the previous text as a version. */
    @Transactional
    public Idea update(Actor actor, long id, IdeaInputs.IdeaInput input) {
        List<FieldError> errors = problemsOf(input, false);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Idea idea = lock(actor, id);
        check(actor, idea, IdeaAction.EDIT);
        if (input.version() != idea.version) {
            throw DomainException.conflict("stale-version");
        }
        boolean author = idea.authorId == actor.personId();
        List<Person> coauthors = input.coauthorIds() == null || !author ? null : coauthorship.resolveCoauthors(actor, input.coauthorIds());
        Idea before = snapshot(idea);
        apply(idea, input);
        Map<String, IdeaVersion.Change> changes = diff(before, idea);
        if (coauthors != null) {
            coauthorship.inviteCoauthors(idea, coauthors);
        }
        if (!changes.isEmpty()) {
            idea.updatedAt = clock.now();
            Panache.getEntityManager().flush();
            recordVersion(idea, actor.personId(), changes, idea.updatedAt);
            activity.record(actor.personId(), "IDEA_EDITED", idea.title, "/ideas/" + idea.id);
        }
        return idea;
    }

    /** Idempotent; one support per officer per idea, exact under concurrent clicks. */
    @Transactional
    public Support support(Actor actor, long id) {
        Idea idea = lock(actor, id);
        check(actor, idea, IdeaAction.SUPPORT);
        int added = Panache.getEntityManager().createNativeQuery(
                        "insert into idea_support (idea_id, person_id) values (:i, :p) on conflict do nothing")
                .setParameter("i", idea.id).setParameter("p", actor.personId()).executeUpdate();
        idea.supportCount += added;
        return new Support(idea, added == 1);
    }

    /** The idea after a support, and whether this call added it (false: it was there already). */
    public record Support(Idea idea, boolean added) {
    }

    @Transactional
    public Idea withdrawSupport(Actor actor, long id) {
        Idea idea = lock(actor, id);
        check(actor, idea, IdeaAction.SUPPORT);
        int removed = Panache.getEntityManager().createNativeQuery(
                        "delete from idea_support where idea_id = :i and person_id = :p")
                .setParameter("i", idea.id).setParameter("p", actor.personId()).executeUpdate();
        idea.supportCount -= removed;
        return idea;
    }

    /** Ideas of an event for organizers' export, oldest first. */
    public List<Idea> ofEvent(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        return Idea.list("eventId = ?1 and state <> ?2 order by createdAt, id", event.id, IdeaState.DRAFT);
    }

    // --- rules ---------------------------------------------------------------------------

    /** The actions the person may take now, with the person's relations to the idea looked up once. */
    public Set<IdeaAction> allowedActions(Actor actor, Idea idea) {
        Set<Relation> relations = relationsOf(actor, idea);
        Set<IdeaAction> allowed = EnumSet.noneOf(IdeaAction.class);
        for (IdeaAction action : IdeaAction.values()) {
            try {
                check(actor, relations, idea, action);
                allowed.add(action);
            } catch (DomainException refused) {
                // not allowed now
            }
        }
        return allowed;
    }

    void check(Actor actor, Idea idea, IdeaAction action) {
        check(actor, relationsOf(actor, idea), idea, action);
    }

    void check(Actor actor, Set<Relation> relations, Idea idea, IdeaAction action) {
        switch (IdeaRules.decide(relations, action, idea.state)) {
            case FORBIDDEN -> throw DomainException.forbidden("idea-action-forbidden");
            case INVALID_STATE -> throw new DomainException(DomainException.Kind.CONFLICT, "idea-transition",
                    "problem.idea-transition." + action.name());
            case ALLOWED -> { }
        }
        if (idea.eventId != null) {
            EventAction phaseRule = switch (action) {
                case SUBMIT -> EventAction.PROPOSE_IDEA;
                case EDIT, WITHDRAW -> EventAction.EDIT_IDEA;
                case SUPPORT -> EventAction.SUPPORT_IDEA;
                case SHORTLIST, DECLINE, MERGE -> EventAction.MODERATE_IDEAS;
                case COMMENT -> EventAction.VIEW;
            };
            eventPolicy.require(actor.roles(), phaseRule, Event.<Event>findById(idea.eventId).phase);
        }
    }

    /** Comments may be added to published ideas the person can see. */
    public void requireCommentable(Actor actor, long id) {
        Idea idea = get(actor, id);
        check(actor, idea, IdeaAction.COMMENT);
    }

    boolean mayViewDraftEvents(Actor actor) {
        return eventPolicy.allows(actor.roles(), EventAction.VIEW, EventPhase.DRAFT);
    }

    /** A draft is seen by its author and by co-authors who accepted or have yet to answer. */
    private void requireVisible(Actor actor, Idea idea) {
        String coauthor = coauthorship.coauthorStatus(idea.id, actor.personId());
        if (idea.state == IdeaState.DRAFT && idea.authorId != actor.personId()
                && (coauthor == null || "DECLINED".equals(coauthor))) {
            throw DomainException.notFound("idea-not-found");
        }
        if (idea.eventId != null) {
            events.get(actor, Event.<Event>findById(idea.eventId).slug);
        }
    }

    Idea lock(Actor actor, long id) {
        Idea idea = Idea.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw DomainException.notFound("idea-not-found");
        }
        requireVisible(actor, idea);
        return idea;
    }

    // --- helpers -------------------------------------------------------------------------

    private static void apply(Idea idea, IdeaInputs.IdeaInput input) {
        idea.title = input.title().strip();
        idea.problem = input.problem().strip();
        idea.solution = input.solution().strip();
        idea.benefitCitizens = Objects.requireNonNullElse(input.benefitCitizens(), "").strip();
        idea.benefitOfficers = Objects.requireNonNullElse(input.benefitOfficers(), "").strip();
        idea.service = blankToNull(input.service());
        String department = blankToNull(input.department());
        if (department != null || idea.id == null) {
            idea.department = department;
        }
        TreeSet<String> tags = new TreeSet<>();
        if (input.tags() != null) {
            input.tags().stream().filter(Objects::nonNull).map(IdeaService::normaliseTag)
                    .filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        idea.tags.clear();
        idea.tags.addAll(tags);
    }

    private static Idea snapshot(Idea idea) {
        Idea copy = new Idea();
        copy.title = idea.title;
        copy.problem = idea.problem;
        copy.solution = idea.solution;
        copy.benefitCitizens = idea.benefitCitizens;
        copy.benefitOfficers = idea.benefitOfficers;
        copy.service = idea.service;
        copy.department = idea.department;
        copy.tags = new TreeSet<>(idea.tags);
        return copy;
    }

    private static Map<String, IdeaVersion.Change> diff(Idea before, Idea after) {
        Map<String, String> old = before == null ? Map.of() : fields(before);
        Map<String, IdeaVersion.Change> changes = new LinkedHashMap<>();
        fields(after).forEach((field, value) -> {
            String previous = old.get(field);
            if (!Objects.equals(previous, value) && !(previous == null && value.isEmpty())) {
                changes.put(field, new IdeaVersion.Change(previous, value));
            }
        });
        return changes;
    }

    private static Map<String, String> fields(Idea idea) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", idea.title);
        fields.put("problem", idea.problem);
        fields.put("solution", idea.solution);
        fields.put("benefitCitizens", Objects.requireNonNullElse(idea.benefitCitizens, ""));
        fields.put("benefitOfficers", Objects.requireNonNullElse(idea.benefitOfficers, ""));
        fields.put("service", Objects.requireNonNullElse(idea.service, ""));
        fields.put("department", Objects.requireNonNullElse(idea.department, ""));
        fields.put("tags", String.join(", ", idea.tags));
        return fields;
    }

    private static void recordVersion(Idea idea, long editor, Map<String, IdeaVersion.Change> changes, Instant at) {
        IdeaVersion version = new IdeaVersion();
        version.ideaId = idea.id;
        version.number = (int) IdeaVersion.count("ideaId", idea.id) + 1;
        version.editedBy = editor;
        version.editedAt = at;
        version.changes = changes;
        version.persist();
    }

    static List<Idea> inOrder(List<Long> ids) {
        return InOrder.load(ids, found -> Idea.<Idea>list("id in ?1", found), item -> item.id);
    }

    static String normaliseTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
