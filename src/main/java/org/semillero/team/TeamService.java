package org.semillero.team;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.semillero.audit.AuditLog;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.idea.IdeaService;
import org.semillero.people.PersonService;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.Validation;

/**
 * Team formation: creating, applying, inviting, accepting, leaving, leadership, the
 * organizers' fixes, and the looking-for-team board. The rules that must survive
 * concurrent clicks are the database's: one team per officer per event (unique key) and
 * the size limit (the team row is locked while a member is added).
 */
@ApplicationScoped
public class TeamService {

    /** A member as pages and the API show them. */
    public record Member(long personId, String name, String department, boolean lead) {
    }

    /** A team with what lists need: its members and departments, and how far it is from the size rules. */
    public record Overview(Team team, List<Member> members, Set<String> departments, int needs, boolean full) {
    }

    /** A team suggested to an officer, or an officer suggested to a team, with the skills they share. */
    public record Match<T>(T item, Set<String> shared, Set<String> departments) {
    }

    /** An officer looking for a team. */
    public record Seeker(long personId, String name, String department, Set<String> skills,
                         String note) {
    }

    private final EventService events;
    private final EventPolicy policy;
    private final PersonService people;
    private final IdeaService ideas;
    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;

    private final AuditLog audit;

    TeamService(EventService events, EventPolicy policy, PersonService people, IdeaService ideas,
                Validation validation, InstitutionClock clock, ActivityLog activity, AuditLog audit) {
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.people = people;
        this.ideas = ideas;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    // --- reading -------------------------------------------------------------------------

    public List<Overview> teamsOf(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        return overviews(event, Team.activeIn(event.id));
    }

    /** A page of an event's active teams, by name: their overviews, the next page's cursor, and (first page) how many. */
    public record OverviewPage(List<Overview> items, Long total, String next) {
    }

    /** The event's active teams by name, a keyset page at a time ({@link Keyset}). */
    public OverviewPage teamPage(Actor actor, String slug, String cursor, int size) {
        Event event = events.get(actor, slug);
        Keyset.Ids page = Keyset.ids(Panache.getEntityManager(), "from team t where t.event_id = :event and t.dissolved_at is null",
                Map.of("event", event.id), new Keyset.Order("name", "lower(t.name)", "text", false, "t.id"), cursor, size);
        List<Team> list = InOrder.load(page.ids(), ids -> Team.<Team>list("id in ?1", ids), t -> t.id);
        return new OverviewPage(overviews(event, list), page.total(), page.next());
    }

    private List<Overview> overviews(Event event, List<Team> list) {
        Map<Long, List<Member>> members = membersOf(list);
        return list.stream().map(team -> overview(event, team, members.getOrDefault(team.id, List.of()))).toList();
    }

    public Team get(Actor actor, long teamId) {
        Team team = Team.<Team>findByIdOptional(teamId).orElseThrow(() -> DomainException.notFound("team-not-found"));
        eventOf(actor, team);
        return team;
    }

    public Event eventOf(Actor actor, Team team) {
        return events.get(actor, Event.<Event>findById(team.eventId).slug);
    }

    public Overview overview(Event event, Team team) {
        return overview(event, team, members(team));
    }

    static Overview overview(Event event, Team team, List<Member> members) {
        Set<String> departments = members.stream().map(Member::department).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        return new Overview(team, members, departments, Math.max(0, event.teamSizeMin - members.size()),
                members.size() >= event.teamSizeMax);
    }

    public List<Member> members(Team team) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id as person_id, p.display_name as name, p.department from team_member m
                join person p on p.id = m.person_id where m.team_id = :team order by m.joined_at, p.id""", Tuple.class)
                .setParameter("team", team.id).getResultList();
        return rows.stream().map(r -> member(r, team.leadId)).toList();
    }

    private static Member member(Tuple row, Long leadId) {
        long personId = row.get("person_id", Number.class).longValue();
        return new Member(personId, row.get("name", String.class), row.get("department", String.class),
                Objects.equals(leadId, personId));
    }

    /** Members of several teams in one query, keyed by team id, in the same order as {@link #members(Team)}. */
    Map<Long, List<Member>> membersOf(List<Team> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> leads = list.stream().collect(Collectors.toMap(t -> t.id, t -> t.leadId));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select m.team_id, p.id as person_id, p.display_name as name, p.department from team_member m
                join person p on p.id = m.person_id where m.team_id in (:teams) order by m.joined_at, p.id""",
                        Tuple.class)
                .setParameter("teams", leads.keySet()).getResultList();
        Map<Long, List<Member>> byTeam = new HashMap<>();
        for (Tuple r : rows) {
            long teamId = r.get("team_id", Number.class).longValue();
            byTeam.computeIfAbsent(teamId, k -> new ArrayList<>()).add(member(r, leads.get(teamId)));
        }
        return byTeam;
    }

    /** The team this person belongs to at this event, if any. */
    public Team teamOf(long personId, long eventId) {
        return Team.<Team>find("id in (select m.teamId from TeamMembership m where m.personId = ?1 and m.eventId = ?2)",
                personId, eventId).firstResult();
    }

    /** Teams I belong to, and invitations waiting for my answer, across events. */
    public List<Team> teamsOf(long personId) {
        return Team.list("id in (select m.teamId from TeamMembership m where m.personId = ?1) order by createdAt desc",
                personId);
    }

    /**
     * What this person may do on this team now, in one place for the pages and the API.
     * {@code overview} is the team as {@link #overview(Event, Team)} gives it.
     */
    public Set<TeamAction> allowedActions(Actor actor, Event event, Overview overview) {
        Team team = overview.team();
        boolean member = overview.members().stream().anyMatch(m -> m.personId() == actor.personId());
        boolean lead = Objects.equals(team.leadId, actor.personId());
        boolean formable = policy.allows(actor.roles(), EventAction.FORM_TEAM, event.phase) && !event.teamsLocked
                && !team.isDissolved();
        Set<TeamAction> allowed = java.util.EnumSet.noneOf(TeamAction.class);
        boolean pending = TeamRequest.count("teamId = ?1 and personId = ?2 and status = ?3", team.id, actor.personId(),
                TeamRequest.Status.PENDING) > 0;
        if (formable && !member && !pending && !overview.full() && teamOf(actor.personId(), event.id) == null) {
            allowed.add(TeamAction.APPLY);
        }
        if (formable) {
            allowed.add(TeamAction.CHANGE_MEMBERS);
        }
        Submission submission = Submission.find("teamId", team.id).firstResult();
        boolean submittable = member && policy.allows(actor.roles(), EventAction.SUBMIT_WORK, event.phase)
                && !team.isDissolved() && (submission == null || submission.status != Submission.Status.ACCEPTED);
        if (submittable) {
            allowed.add(TeamAction.SUBMIT);
        }
        if (submittable && lead && submission != null && (submission.status == Submission.Status.DRAFT
                || submission.status == Submission.Status.RETURNED)) {
            allowed.add(TeamAction.FINALISE);
        }
        if (policy.allows(actor.roles(), EventAction.MANAGE_TEAMS, event.phase) && !team.isDissolved()) {
            allowed.add(TeamAction.ORGANIZE);
        }
        if (submission != null && (member || actor.isOrganizer())) {
            allowed.add(TeamAction.SEE_REVIEW);
        }
        return allowed;
    }

    public List<TeamHistoryEntry> history(Team team) {
        return TeamHistoryEntry.list("teamId = ?1 order by at, id", team.id);
    }

    // --- forming teams -------------------------------------------------------------------

    @Transactional
    public Team create(Actor actor, String slug, TeamInputs.TeamInput input) {
        Event event = lockEvent(actor, slug);
        requireChangeable(actor, event);
        List<FieldError> errors = problemsOf(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (teamOf(actor.personId(), event.id) != null) {
            throw DomainException.conflict("already-in-team");
        }
        Instant now = clock.now();
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Number> created = em.createNativeQuery("""
                insert into team (event_id, name, pitch, idea_id, lead_id, created_at, updated_at)
                values (:event, :name, :pitch, :idea, :lead, :now, :now)
                on conflict do nothing returning id""")
                .setParameter("event", event.id).setParameter("name", input.name().strip())
                .setParameter("pitch", Objects.requireNonNullElse(input.pitch(), "").strip())
                .setParameter("idea", input.ideaId()).setParameter("lead", actor.personId())
                .setParameter("now", now).getResultList();
        if (created.isEmpty()) {
            throw DomainException.invalid(List.of(FieldError.of("name", "team.name.taken")));
        }
        Team team = Team.findById(created.get(0).longValue());
        team.openRoles.addAll(normaliseRoles(input.openRoles()));
        if (!addMember(team, actor.personId())) {
            throw DomainException.conflict("already-in-team");
        }
        log(team, "CREATED", actor.personId(), actor.personId(), null);
        activity.record(actor.personId(), "TEAM_CREATED", team.name, "/teams/" + team.id);
        return team;
    }

    @Transactional
    public Team update(Actor actor, long teamId, TeamInputs.TeamInput input) {
        Team team = lockTeam(actor, teamId);
        requireLead(actor, team);
        requireChangeable(actor, eventOf(actor, team));
        List<FieldError> errors = problemsOf(input);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        boolean renamed = !team.name.equalsIgnoreCase(input.name().strip());
        if (renamed && Team.count("eventId = ?1 and dissolvedAt is null and lower(name) = ?2 and id <> ?3",
                team.eventId, input.name().strip().toLowerCase(Locale.ROOT), team.id) > 0) {
            throw DomainException.invalid(List.of(FieldError.of("name", "team.name.taken")));
        }
        team.name = input.name().strip();
        team.pitch = Objects.requireNonNullElse(input.pitch(), "").strip();
        team.ideaId = input.ideaId();
        team.openRoles.clear();
        team.openRoles.addAll(normaliseRoles(input.openRoles()));
        team.updatedAt = clock.now();
        Panache.getEntityManager().flush();
        return team;
    }

    // --- helpers -------------------------------------------------------------------------

    private List<FieldError> problemsOf(TeamInputs.TeamInput input) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        if (input.ideaId() != null && Panache.getEntityManager().createNativeQuery(
                "select 1 from idea where id = :i and state <> 'DRAFT'").setParameter("i", input.ideaId())
                .getResultList().isEmpty()) {
            errors.add(FieldError.of("ideaId", "team.idea.unknown"));
        }
        return errors;
    }

    void requireChangeable(Actor actor, Event event) {
        policy.require(actor.roles(), EventAction.FORM_TEAM, event.phase);
        if (event.teamsLocked) {
            throw DomainException.conflict("teams-locked");
        }
    }

    static void requireLead(Actor actor, Team team) {
        if (!Objects.equals(team.leadId, actor.personId())) {
            throw DomainException.forbidden("team-lead-only");
        }
    }

    Event lockEvent(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        return Event.findById(event.id, LockModeType.PESSIMISTIC_READ);
    }

    Team lockTeam(Actor actor, long teamId) {
        Team team = Team.findById(teamId, LockModeType.PESSIMISTIC_WRITE);
        if (team == null) {
            throw DomainException.notFound("team-not-found");
        }
        eventOf(actor, team);
        if (team.isDissolved()) {
            throw DomainException.conflict("team-dissolved");
        }
        return team;
    }

    static boolean addMember(Team team, long personId) {
        return Panache.getEntityManager().createNativeQuery("""
                insert into team_member (team_id, event_id, person_id) values (:t, :e, :p)
                on conflict do nothing""")
                .setParameter("t", team.id).setParameter("e", team.eventId).setParameter("p", personId)
                .executeUpdate() == 1;
    }

    static boolean removeMember(Team team, long personId) {
        return Panache.getEntityManager().createNativeQuery(
                        "delete from team_member where team_id = :t and person_id = :p")
                .setParameter("t", team.id).setParameter("p", personId).executeUpdate() == 1;
    }

    static boolean isMember(Team team, long personId) {
        return !Panache.getEntityManager().createNativeQuery(
                        "select 1 from team_member where team_id = :t and person_id = :p")
                .setParameter("t", team.id).setParameter("p", personId).getResultList().isEmpty();
    }

    static int memberCount(Team team) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from team_member where team_id = :t")
                .setParameter("t", team.id).getSingleResult()).intValue();
    }

    void dissolveNow(Team team, long actorId, String reason) {
        Panache.getEntityManager().createNativeQuery("delete from team_member where team_id = :t")
                .setParameter("t", team.id).executeUpdate();
        Panache.getEntityManager().createNativeQuery(
                        "update team_request set status = 'CLOSED', decided_at = now() where team_id = :t and status = 'PENDING'")
                .setParameter("t", team.id).executeUpdate();
        team.dissolvedAt = clock.now();
        team.leadId = null;
        log(team, "DISSOLVED", actorId, null, reason);
    }

    void log(Team team, String kind, Long actorId, Long subjectId, String reason) {
        TeamHistoryEntry entry = new TeamHistoryEntry();
        entry.teamId = team.id;
        entry.kind = kind;
        entry.actorId = actorId;
        entry.subjectId = subjectId;
        entry.reason = reason;
        entry.at = clock.now();
        entry.persist();
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static TreeSet<String> normaliseRoles(List<String> roles) {
        TreeSet<String> normalised = new TreeSet<>();
        if (roles != null) {
            roles.stream().filter(Objects::nonNull)
                    .map(r -> r.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                    .filter(r -> !r.isEmpty()).forEach(normalised::add);
        }
        return normalised;
    }
}
