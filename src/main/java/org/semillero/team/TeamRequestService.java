package org.semillero.team;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.event.Event;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * Joining and leaving a team: officers apply, leads invite, and the other side accepts or
 * declines; members leave, leads remove members and hand over. The
 * team row is locked while a seat is taken and a per-person lock serialises joins, so size
 * limits and "one team per event" hold under concurrent clicks.
 */
@ApplicationScoped
public class TeamRequestService {

    private final TeamService teams;
    private final PersonService people;
    private final InstitutionClock clock;
    private final ActivityLog activity;
    private final Notifications notifications;

    TeamRequestService(TeamService teams, PersonService people, InstitutionClock clock, ActivityLog activity,
                       Notifications notifications) {
        this.notifications = notifications;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
        this.activity = activity;
    }

    @Transactional
    public TeamRequest apply(Actor actor, long teamId, String message) {
        Team team = teams.lockTeam(actor, teamId);
        Event event = teams.eventOf(actor, team);
        teams.requireChangeable(actor, event);
        if (teams.teamOf(actor.personId(), event.id) != null) {
            throw DomainException.conflict("already-in-team");
        }
        if (TeamService.memberCount(team) >= event.teamSizeMax) {
            throw DomainException.conflict("team-full");
        }
        TeamRequest request = newRequest(team, actor.personId(), TeamRequest.Kind.APPLICATION, message, actor.personId());
        tell(actor, team.leadId, NotificationType.TEAM_APPLICATION, team);
        return request;
    }

    @Transactional
    public TeamRequest invite(Actor actor, long teamId, Long personId, String message) {
        Team team = teams.lockTeam(actor, teamId);
        TeamService.requireLead(actor, team);
        Event event = teams.eventOf(actor, team);
        teams.requireChangeable(actor, event);
        Person invitee = people.choose("personId", personId);
        if (teams.teamOf(invitee.id, event.id) != null) {
            throw DomainException.conflict("already-in-team");
        }
        TeamRequest request = newRequest(team, invitee.id, TeamRequest.Kind.INVITATION, message, actor.personId());
        tell(actor, invitee.id, NotificationType.TEAM_INVITATION, team);
        return request;
    }

    /**
     * The lead accepts an application, or the invitee accepts an invitation. The team row is
     * locked while the seat is taken, and the membership key refuses a second team.
     */
    @Transactional
    public Team accept(Actor actor, long requestId) {
        TeamRequest unlocked = TeamRequest.<TeamRequest>findByIdOptional(requestId)
                .orElseThrow(() -> DomainException.notFound("team-request-not-found"));
        // One join at a time per person: a second team's accept waits here, then finds them placed.
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:person)")
                .setParameter("person", unlocked.personId).getSingleResult();
        TeamRequest request = lockRequest(requestId);
        Team team = teams.lockTeam(actor, request.teamId);
        if (request.isApplication()) {
            TeamService.requireLead(actor, team);
        } else if (request.personId != actor.personId()) {
            throw DomainException.forbidden("team-request-not-yours");
        }
        requirePending(request);
        Event event = teams.eventOf(actor, team);
        teams.requireChangeable(actor, event);
        if (TeamService.memberCount(team) >= event.teamSizeMax) {
            throw DomainException.conflict("team-full");
        }
        if (!TeamService.addMember(team, request.personId)) {
            throw DomainException.conflict("already-in-team");
        }
        decide(request, TeamRequest.Status.ACCEPTED, actor.personId());
        closeOtherRequests(request.personId, event.id);
        teams.log(team, "JOINED", actor.personId(), request.personId, null);
        tell(actor, otherSide(request), NotificationType.TEAM_REQUEST_ACCEPTED, team);
        return team;
    }

    @Transactional
    public TeamRequest decline(Actor actor, long requestId) {
        TeamRequest request = lockRequest(requestId);
        Team team = teams.get(actor, request.teamId);
        if (request.isApplication()) {
            TeamService.requireLead(actor, team);
        } else if (request.personId != actor.personId()) {
            throw DomainException.forbidden("team-request-not-yours");
        }
        requirePending(request);
        decide(request, TeamRequest.Status.DECLINED, actor.personId());
        tell(actor, otherSide(request), NotificationType.TEAM_REQUEST_DECLINED, team);
        return request;
    }

    @Transactional
    public TeamRequest withdraw(Actor actor, long requestId) {
        TeamRequest request = lockRequest(requestId);
        teams.get(actor, request.teamId);
        if (request.createdBy != actor.personId()) {
            throw DomainException.forbidden("team-request-not-yours");
        }
        requirePending(request);
        decide(request, TeamRequest.Status.WITHDRAWN, actor.personId());
        return request;
    }

    /** A member leaves; the lead must hand over first unless they are the last, which dissolves the team. */

    private static void requirePending(TeamRequest request) {
        if (request.status != TeamRequest.Status.PENDING) {
            throw DomainException.conflict("team-request-closed");
        }
    }

    private static TeamRequest lockRequest(long requestId) {
        TeamRequest request = TeamRequest.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw DomainException.notFound("team-request-not-found");
        }
        return request;
    }

    private TeamRequest newRequest(Team team, long personId, TeamRequest.Kind kind, String message, long createdBy) {
        if (message != null && message.length() > 1000) {
            throw DomainException.invalid(List.of(new FieldError("message", "validation.size.max", Map.of("max", 1000))));
        }
        @SuppressWarnings("unchecked")
        List<Number> id = Panache.getEntityManager().createNativeQuery("""
                insert into team_request (team_id, person_id, kind, message, created_by, created_at)
                values (:t, :p, :k, :m, :c, :now) on conflict do nothing returning id""")
                .setParameter("t", team.id).setParameter("p", personId).setParameter("k", kind.name())
                .setParameter("m", Objects.requireNonNullElse(message, "").strip()).setParameter("c", createdBy)
                .setParameter("now", clock.now()).getResultList();
        if (id.isEmpty()) {
            throw DomainException.conflict("team-request-pending");
        }
        return TeamRequest.findById(id.get(0).longValue());
    }

    /** The applicant hears from the lead; the lead who invited hears from the invitee. */
    private static Long otherSide(TeamRequest request) {
        return request.isApplication() ? request.personId : request.createdBy;
    }

    private void tell(Actor actor, Long to, NotificationType type, Team team) {
        Person by = Person.findById(actor.personId());
        notifications.send(actor.personId(), java.util.Collections.singletonList(to), type, "/teams/" + team.id,
                Map.of("person", by == null ? "" : by.displayName, "team", team.name));
    }

    private void decide(TeamRequest request, TeamRequest.Status status, long by) {
        request.status = status;
        request.decidedBy = by;
        request.decidedAt = clock.now();
    }

    private static void closeOtherRequests(long personId, long eventId) {
        Panache.getEntityManager().createNativeQuery("""
                update team_request set status = 'CLOSED', decided_at = now()
                where person_id = :p and status = 'PENDING'
                  and team_id in (select id from team where event_id = :e)""")
                .setParameter("p", personId).setParameter("e", eventId).executeUpdate();
    }
    public List<TeamRequest> invitationsFor(long personId) {
        return TeamRequest.list("personId = ?1 and kind = ?2 and status = ?3 order by createdAt", personId,
                TeamRequest.Kind.INVITATION, TeamRequest.Status.PENDING);
    }

    public List<TeamRequest> pendingFor(Team team) {
        return TeamRequest.list("teamId = ?1 and status = ?2 order by createdAt", team.id, TeamRequest.Status.PENDING);
    }

    public List<TeamRequest> pendingOf(long personId, long eventId) {
        return TeamRequest.list("personId = ?1 and status = ?2 and teamId in (select t.id from Team t where t.eventId = ?3)"
                + " order by createdAt", personId, TeamRequest.Status.PENDING, eventId);
    }

    @Transactional
    public void leave(Actor actor, long teamId) {
        Team team = teams.lockTeam(actor, teamId);
        teams.requireChangeable(actor, teams.eventOf(actor, team));
        if (!TeamService.isMember(team, actor.personId())) {
            throw DomainException.conflict("not-a-member");
        }
        int count = TeamService.memberCount(team);
        if (team.leadId == actor.personId() && count > 1) {
            throw DomainException.conflict("lead-must-hand-over");
        }
        TeamService.removeMember(team, actor.personId());
        teams.log(team, "LEFT", actor.personId(), actor.personId(), null);
        if (count == 1) {
            teams.dissolveNow(team, actor.personId(), null);
        }
    }

    @Transactional
    public void remove(Actor actor, long teamId, long personId) {
        Team team = teams.lockTeam(actor, teamId);
        TeamService.requireLead(actor, team);
        teams.requireChangeable(actor, teams.eventOf(actor, team));
        if (personId == actor.personId()) {
            throw DomainException.conflict("lead-must-hand-over");
        }
        if (!TeamService.removeMember(team, personId)) {
            throw DomainException.conflict("not-a-member");
        }
        teams.log(team, "REMOVED", actor.personId(), personId, null);
        tell(actor, personId, NotificationType.TEAM_REMOVED, team);
    }

    @Transactional
    public Team handOver(Actor actor, long teamId, long personId) {
        Team team = teams.lockTeam(actor, teamId);
        TeamService.requireLead(actor, team);
        if (!TeamService.isMember(team, personId)) {
            throw DomainException.conflict("not-a-member");
        }
        team.leadId = personId;
        team.updatedAt = clock.now();
        teams.log(team, "LEAD_CHANGED", actor.personId(), personId, null);
        tell(actor, personId, NotificationType.TEAM_LEAD_HANDED_OVER, team);
        return team;
    }
}
