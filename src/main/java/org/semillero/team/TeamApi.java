package org.semillero.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.team.TeamViews.RequestView;
import org.semillero.team.TeamViews.TeamView;

/** What the two team API resources share: turning teams and requests into views, and reading input. */
@ApplicationScoped
class TeamApi {

    private final TeamService teams;
    private final PersonService people;
    private final Viewer viewer;

    TeamApi(TeamService teams, PersonService people, Viewer viewer) {
        this.teams = teams;
        this.people = people;
        this.viewer = viewer;
    }

    TeamView view(Team team) {
        return TeamView.of(teams.overview(teams.eventOf(viewer.actor(), team), team));
    }

    List<RequestView> views(List<TeamRequest> requests) {
        Map<Long, String> names = people.displayNames(requests.stream().map(r -> r.personId).collect(Collectors.toSet()));
        return requests.stream().map(r -> new RequestView(r.id, r.teamId, r.kind, r.status, names.get(r.personId),
                r.message, r.createdAt)).toList();
    }

    static <T> T body(T body) {
        if (body == null) {
            throw DomainException.invalid(List.of(FieldError.of("body", "validation.required")));
        }
        return body;
    }
}
