package org.semillero.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.team.TeamViews.RequestView;
import org.semillero.team.TeamViews.TeamView;

/** Turns teams and join requests into the views the team resources answer with. */
@ApplicationScoped
class TeamViewMapper {

    private final TeamService teams;
    private final PersonService people;
    private final Viewer viewer;

    TeamViewMapper(TeamService teams, PersonService people, Viewer viewer) {
        this.teams = teams;
        this.people = people;
        this.viewer = viewer;
    }

    TeamView view(Team team) {
        org.semillero.event.Event event = teams.eventOf(viewer.actor(), team);
        TeamService.Overview overview = teams.overview(event, team);
        return TeamView.of(overview, teams.allowedActions(viewer.actor(), event, overview));
    }

    List<RequestView> views(List<TeamRequest> requests) {
        Map<Long, String> names = people.displayNames(requests.stream().map(r -> r.personId).collect(Collectors.toSet()));
        return requests.stream().map(r -> new RequestView(r.id, r.teamId, r.kind, r.status, names.get(r.personId),
                r.message, r.createdAt)).toList();
    }

}
