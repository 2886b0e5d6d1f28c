package org.semillero.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Reasons;

/** Organizers' fixes to teams: locking changes, moving a member, dissolving a team, each on record. */
@ApplicationScoped
public class TeamModerationService {

    private final TeamService teams;
    private final EventPolicy policy;
    private final PersonService people;
    private final AuditLog audit;

    TeamModerationService(TeamService teams, EventPolicy policy, PersonService people, AuditLog audit) {
        this.teams = teams;
        this.policy = policy;
        this.people = people;
        this.audit = audit;
    }

    @Transactional
    public Event lockTeams(Actor actor, String slug, boolean locked) {
        Event event = teams.lockEvent(actor, slug);
        policy.require(actor.roles(), EventAction.MANAGE_TEAMS, event.phase);
        if (event.teamsLocked != locked) {
            audit.record(actor.personId(), AuditAction.TEAMS_LOCKED, event.auditSubject(),
                    Map.of("locked", event.teamsLocked), Map.of("locked", locked), null);
        }
        event.teamsLocked = locked;
        return event;
    }

    /** Moves a member to another team of the same event, whatever the lock, with a recorded reason. */
    @Transactional
    public void move(Actor actor, long teamId, long personId, long toTeamId, String reason) {
        String why = Reasons.require(reason);
        Team from = teams.lockTeam(actor, Math.min(teamId, toTeamId));
        Team to = teams.lockTeam(actor, Math.max(teamId, toTeamId));
        if (from.id != teamId) {
            Team swap = from;
            from = to;
            to = swap;
        }
        Event event = teams.eventOf(actor, from);
        policy.require(actor.roles(), EventAction.MANAGE_TEAMS, event.phase);
        if (!Objects.equals(from.eventId, to.eventId) || to.isDissolved() || from.id.equals(to.id)) {
            throw DomainException.invalid(List.of(FieldError.of("toTeam", "team.move.target")));
        }
        if (TeamService.memberCount(to) >= event.teamSizeMax) {
            throw DomainException.conflict("team-full");
        }
        if (!TeamService.removeMember(from, personId)) {
            throw DomainException.conflict("not-a-member");
        }
        TeamService.addMember(to, personId);
        audit.record(actor.personId(), AuditAction.TEAM_MEMBER_MOVED, AuditLog.Subject.of("person", personId,
                people.displayNames(List.of(personId)).getOrDefault(personId, "")),
                Map.of("team", from.name), Map.of("team", to.name), why);
        teams.log(from, "MOVED_OUT", actor.personId(), personId, why);
        teams.log(to, "MOVED_IN", actor.personId(), personId, why);
        if (Objects.equals(from.leadId, personId)) {
            List<TeamService.Member> left = teams.members(from);
            if (left.isEmpty()) {
                teams.dissolveNow(from, actor.personId(), why);
            } else {
                from.leadId = left.get(0).personId();
            }
        }
    }

    @Transactional
    public void dissolve(Actor actor, long teamId, String reason) {
        String why = Reasons.require(reason);
        Team team = teams.lockTeam(actor, teamId);
        policy.require(actor.roles(), EventAction.MANAGE_TEAMS, teams.eventOf(actor, team).phase);
        if (team.isDissolved()) {
            throw DomainException.conflict("team-dissolved");
        }
        audit.record(actor.personId(), AuditAction.TEAM_DISSOLVED, AuditLog.Subject.of("team", team.id, team.name),
                Map.of("members", teams.members(team).stream().map(TeamService.Member::name).toList()), null, why);
        teams.dissolveNow(team, actor.personId(), why);
    }
}
