package org.semillero.idea;

import org.semillero.audit.AuditLog;
import org.semillero.audit.AuditAction;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.idea.IdeaRules.Relation;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.shared.audit.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Reasons;
import org.semillero.shared.web.Validation;

/** Ideas: proposing, editing with versions, co-authors, the state machine, supports and search. */
@ApplicationScoped
public class IdeaService {

    public record Page(List<Idea> items, int page, int size, long total) {
    }

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

    IdeaService(Validation validation, InstitutionClock clock, ActivityLog activity, PersonService people,
                EventService events, EventPolicy eventPolicy, ChallengeService challenges, AuditLog audit) {
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
        if ("ACCEPTED".equals(coauthorStatus(idea.id, actor.personId()))) {
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

    public List<Coauthor> coauthorsOf(long ideaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.display_name, p.department, c.status from idea_coauthor c
                join person p on p.id = c.person_id where c.idea_id = :idea order by p.display_name""")
                .setParameter("idea", ideaId).getResultList();
        return rows.stream().map(r -> new Coauthor(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
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

    /** Published ideas (never drafts), filtered, sorted and paginated with a stable order. */
    public Page search(Actor actor, IdeaCriteria criteria) {
        StringBuilder where = new StringBuilder("where i.state <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        if (!mayViewDraftEvents(actor)) {
            // An event stepped back to DRAFT is hidden again, and so are its ideas.
            where.append(" and (i.event_id is null or exists (select 1 from event e where e.id = i.event_id"
                    + " and e.phase <> 'DRAFT'))");
        }
        if (criteria.searching()) {
            where.append(" and i.search_vector @@ semillero_search_query(:q)");
            params.put("q", criteria.query().strip());
        }
        if (criteria.eventSlug() != null && !criteria.eventSlug().isBlank()) {
            Event event = events.get(actor, criteria.eventSlug().strip());
            where.append(" and i.event_id = :event");
            params.put("event", event.id);
        }
        if (criteria.challengeId() != null) {
            where.append(" and i.challenge_id = :challenge");
            params.put("challenge", criteria.challengeId());
        }
        if (criteria.state() != null) {
            where.append(" and i.state = :state");
            params.put("state", criteria.state().name());
        }
        if (criteria.tag() != null && !criteria.tag().isBlank()) {
            where.append(" and exists (select 1 from idea_tag t where t.idea_id = i.id and t.tag = :tag)");
            params.put("tag", normaliseTag(criteria.tag()));
        }
        if (criteria.department() != null && !criteria.department().isBlank()) {
            where.append(" and lower(i.department) = lower(:department)");
            params.put("department", criteria.department().strip());
        }
        String order = switch (criteria.effectiveSort()) {
            case "relevance" -> "ts_rank(i.search_vector, semillero_search_query(:q)) desc, i.id desc";
            case "supported" -> "i.support_count desc, i.id desc";
            case "commented" -> "i.comment_count desc, i.id desc";
            default -> "i.created_at desc, i.id desc";
        };
        // One scan gives the page and the total; only a page past the end needs a separate count.
        EntityManager em = Panache.getEntityManager();
        Query pageQuery = em.createNativeQuery("select i.id, count(*) over () from idea i " + where + " order by " + order
                + " limit :limit offset :offset");
        params.forEach(pageQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pageQuery.setParameter("limit", criteria.size())
                .setParameter("offset", (long) criteria.page() * criteria.size()).getResultList();
        List<Long> found = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (criteria.page() == 0) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("select count(*) from idea i " + where, Long.class);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page(inOrder(found), criteria.page(), criteria.size(), total);
    }

    /**
     * "Search before you propose": published ideas whose title and problem read most like the
     * given text (trigram similarity, accents folded), best first.
     */
    @Transactional
    /** Published ideas like the given text, among those this person may see. */
    public List<Idea> similar(Actor actor, String title, String problem, Long excludeId, int limit) {
        String text = (Objects.requireNonNullElse(title, "") + " " + Objects.requireNonNullElse(problem, "")).strip();
        if (text.length() < 4) {
            return List.of();
        }
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("set local pg_trgm.similarity_threshold = 0.15").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select i.id from idea i
                where i.state in ('SUBMITTED', 'SHORTLISTED', 'PROMOTED')
                  and i.id <> :exclude
                  and (:drafts or i.event_id is null
                       or exists (select 1 from event e where e.id = i.event_id and e.phase <> 'DRAFT'))
                  and semillero_unaccent(lower(i.title || ' ' || i.problem)) % semillero_unaccent(lower(:text))
                order by similarity(semillero_unaccent(lower(i.title || ' ' || i.problem)),
                                    semillero_unaccent(lower(:text))) desc, i.id desc
                limit :limit""", Long.class)
                .setParameter("exclude", excludeId == null ? -1L : excludeId)
                .setParameter("drafts", mayViewDraftEvents(actor))
                .setParameter("text", text.length() > 2000 ? text.substring(0, 2000) : text)
                .setParameter("limit", limit)
                .getResultList();
        return inOrder(ids);
    }

    // --- writing -------------------------------------------------------------------------

    /** Field errors of an input without saving anything (forms re-render with them). */
    public List<FieldError> problemsOf(IdeaInput input, boolean creating) {
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
    public Idea propose(Actor actor, IdeaInput input, boolean submit) {
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
        List<Person> coauthors = resolveCoauthors(actor, input.coauthorIds());
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
        inviteCoauthors(idea, coauthors);
        recordVersion(idea, actor.personId(), diff(null, idea), now);
        activity.record(actor.personId(), submit ? "IDEA_SUBMITTED" : "IDEA_DRAFTED", idea.title, "/ideas/" + idea.id);
        return idea;
    }

    /** Saves an edit by the author or an accepted co-author, keeping the previous text as a version. */
    @Transactional
    public Idea update(Actor actor, long id, IdeaInput input) {
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
        List<Person> coauthors = input.coauthorIds() == null || !author ? null : resolveCoauthors(actor, input.coauthorIds());
        Idea before = snapshot(idea);
        apply(idea, input);
        Map<String, IdeaVersion.Change> changes = diff(before, idea);
        if (coauthors != null) {
            inviteCoauthors(idea, coauthors);
        }
        if (!changes.isEmpty()) {
            idea.updatedAt = clock.now();
            Panache.getEntityManager().flush();
            recordVersion(idea, actor.personId(), changes, idea.updatedAt);
            activity.record(actor.personId(), "IDEA_EDITED", idea.title, "/ideas/" + idea.id);
        }
        return idea;
    }

    /** SUBMIT, WITHDRAW, SHORTLIST, DECLINE (with a reason) or MERGE (into another idea). */
    @Transactional
    public Idea transition(Actor actor, long id, IdeaAction action, String reason, Long into) {
        if (action == IdeaAction.MERGE) {
            return merge(actor, id, into);
        }
        if (action != IdeaAction.SUBMIT && action != IdeaAction.WITHDRAW && action != IdeaAction.SHORTLIST
                && action != IdeaAction.DECLINE) {
            throw DomainException.invalid(List.of(FieldError.of("action", "idea.action.unknown")));
        }
        String cleanReason = action == IdeaAction.DECLINE ? Reasons.require(reason) : null;
        Idea idea = lock(actor, id);
        check(actor, idea, action);
        Instant now = clock.now();
        IdeaState before = idea.state;
        switch (action) {
            case SUBMIT -> {
                idea.state = IdeaState.SUBMITTED;
                idea.submittedAt = now;
            }
            case WITHDRAW -> idea.state = IdeaState.WITHDRAWN;
            case SHORTLIST -> idea.state = IdeaState.SHORTLISTED;
            default -> {
                idea.state = IdeaState.DECLINED;
                idea.declineReason = cleanReason;
            }
        }
        idea.updatedAt = now;
        activity.record(actor.personId(), "IDEA_" + action.name(), idea.title, "/ideas/" + idea.id);
        if (action == IdeaAction.SHORTLIST || action == IdeaAction.DECLINE) {
            audit.record(actor.personId(), AuditAction.IDEA_MODERATED, AuditLog.Subject.of("idea", idea.id, idea.title),
                    Map.of("state", before), Map.of("state", idea.state), cleanReason);
        }
        return idea;
    }

    /** Idempotent; one support per officer per idea, exact under concurrent clicks. */
    @Transactional
    public Idea support(Actor actor, long id) {
        Idea idea = lock(actor, id);
        check(actor, idea, IdeaAction.SUPPORT);
        int added = Panache.getEntityManager().createNativeQuery(
                        "insert into idea_support (idea_id, person_id) values (:i, :p) on conflict do nothing")
                .setParameter("i", idea.id).setParameter("p", actor.personId()).executeUpdate();
        idea.supportCount += added;
        return idea;
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

    /** An invited co-author accepts (and is listed) or declines. */
    @Transactional
    public Idea answerInvitation(Actor actor, long id, boolean accept) {
        Idea idea = lock(actor, id);
        int changed = Panache.getEntityManager().createNativeQuery("""
                update idea_coauthor set status = :status, responded_at = now()
                where idea_id = :i and person_id = :p and status = 'INVITED'""")
                .setParameter("status", accept ? "ACCEPTED" : "DECLINED")
                .setParameter("i", idea.id).setParameter("p", actor.personId()).executeUpdate();
        if (changed == 0) {
            throw DomainException.conflict("no-invitation");
        }
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

    private void check(Actor actor, Idea idea, IdeaAction action) {
        check(actor, relationsOf(actor, idea), idea, action);
    }

    private void check(Actor actor, Set<Relation> relations, Idea idea, IdeaAction action) {
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

    private boolean mayViewDraftEvents(Actor actor) {
        return eventPolicy.allows(actor.roles(), EventAction.VIEW, EventPhase.DRAFT);
    }

    /** A draft is seen by its author and by co-authors who accepted or have yet to answer. */
    private void requireVisible(Actor actor, Idea idea) {
        String coauthor = coauthorStatus(idea.id, actor.personId());
        if (idea.state == IdeaState.DRAFT && idea.authorId != actor.personId()
                && (coauthor == null || "DECLINED".equals(coauthor))) {
            throw DomainException.notFound("idea-not-found");
        }
        if (idea.eventId != null) {
            events.get(actor, Event.<Event>findById(idea.eventId).slug);
        }
    }

    private Idea lock(Actor actor, long id) {
        Idea idea = Idea.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw DomainException.notFound("idea-not-found");
        }
        requireVisible(actor, idea);
        return idea;
    }

    private Idea merge(Actor actor, long sourceId, Long targetId) {
        if (targetId == null) {
            throw DomainException.invalid(List.of(FieldError.of("into", "validation.required")));
        }
        if (targetId == sourceId) {
            throw DomainException.invalid(List.of(FieldError.of("into", "idea.merge.itself")));
        }
        Idea first = lock(actor, Math.min(sourceId, targetId));
        Idea second = lock(actor, Math.max(sourceId, targetId));
        Idea source = first.id == sourceId ? first : second;
        Idea target = first.id == sourceId ? second : first;
        check(actor, source, IdeaAction.MERGE);
        if (target.state != IdeaState.SUBMITTED && target.state != IdeaState.SHORTLISTED) {
            throw DomainException.conflict("idea-merge-target");
        }
        if (!Objects.equals(source.eventId, target.eventId)) {
            throw DomainException.invalid(List.of(FieldError.of("into", "idea.merge.other-event")));
        }
        EntityManager em = Panache.getEntityManager();
        // Supporters of the duplicate now support the survivor, once each; its own authors cannot.
        em.createNativeQuery("""
                insert into idea_support (idea_id, person_id, created_at)
                select :target, s.person_id, s.created_at from idea_support s
                where s.idea_id = :source and s.person_id <> :targetAuthor
                  and not exists (select 1 from idea_coauthor c where c.idea_id = :target
                                  and c.person_id = s.person_id and c.status = 'ACCEPTED')
                on conflict do nothing""")
                .setParameter("target", target.id).setParameter("source", source.id)
                .setParameter("targetAuthor", target.authorId).executeUpdate();
        em.createNativeQuery("delete from idea_support where idea_id = :source")
                .setParameter("source", source.id).executeUpdate();
        target.supportCount = ((Number) em.createNativeQuery("select count(*) from idea_support where idea_id = :t")
                .setParameter("t", target.id).getSingleResult()).intValue();
        Instant now = clock.now();
        target.updatedAt = now;
        source.supportCount = 0;
        source.state = IdeaState.MERGED;
        source.mergedInto = target.id;
        source.updatedAt = now;
        activity.record(actor.personId(), "IDEA_MERGE", source.title, "/ideas/" + target.id);
        audit.record(actor.personId(), AuditAction.IDEA_MODERATED, AuditLog.Subject.of("idea", source.id, source.title),
                Map.of("state", IdeaState.SUBMITTED), Map.of("state", IdeaState.MERGED, "into", target.id), null);
        return target;
    }

    // --- helpers -------------------------------------------------------------------------

    private String coauthorStatus(long ideaId, long personId) {
        @SuppressWarnings("unchecked")
        List<String> status = Panache.getEntityManager().createNativeQuery(
                        "select status from idea_coauthor where idea_id = :i and person_id = :p")
                .setParameter("i", ideaId).setParameter("p", personId).getResultList();
        return status.isEmpty() ? null : status.get(0);
    }

    private List<Person> resolveCoauthors(Actor actor, List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        List<Person> found = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Long id : new TreeSet<>(ids.stream().filter(Objects::nonNull).toList())) {
            Person person = Person.findById(id);
            if (person == null || person.removedAt != null) {
                errors.add(FieldError.of("coauthorIds", "person.unknown"));
            } else if (person.id == actor.personId()) {
                errors.add(FieldError.of("coauthorIds", "idea.coauthors.self"));
            } else {
                found.add(person);
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return found;
    }

    /** Keeps existing answers, invites new names, drops names no longer listed. */
    private void inviteCoauthors(Idea idea, List<Person> coauthors) {
        EntityManager em = Panache.getEntityManager();
        List<Long> ids = coauthors.stream().map(p -> p.id).toList();
        em.createNativeQuery("delete from idea_coauthor where idea_id = :i and not (person_id = any(cast(:ids as bigint[])))")
                .setParameter("i", idea.id).setParameter("ids", ids.toArray(new Long[0])).executeUpdate();
        for (Long personId : ids) {
            em.createNativeQuery("insert into idea_coauthor (idea_id, person_id) values (:i, :p) on conflict do nothing")
                    .setParameter("i", idea.id).setParameter("p", personId).executeUpdate();
        }
    }

    private static void apply(Idea idea, IdeaInput input) {
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

    private static List<Idea> inOrder(List<Long> ids) {
        return ids.isEmpty() ? List.of() : InOrder.of(ids, Idea.<Idea>list("id in ?1", ids), item -> item.id);
    }

    static String normaliseTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
