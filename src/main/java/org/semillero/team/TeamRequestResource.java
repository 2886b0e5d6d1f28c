package org.semillero.team;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.team.TeamViews.RequestView;
import org.semillero.team.TeamViews.TeamView;

/** Answering join requests: the lead decides applications, the invitee invitations. */
@Path("/api/v1/team-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class TeamRequestResource {

    private final TeamService teams;
    private final Viewer viewer;
    private final TeamViewMapper api;

    private final TeamRequestService requests;

    TeamRequestResource(TeamService teams, Viewer viewer, TeamViewMapper api, TeamRequestService requests) {
        this.requests = requests;
        this.teams = teams;
        this.viewer = viewer;
        this.api = api;
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept: the lead an application, the invitee an invitation")
    public TeamView accept(@PathParam("id") long id) {
        return api.view(requests.accept(viewer.actor(), id));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Decline: the lead an application, the invitee an invitation")
    public RequestView decline(@PathParam("id") long id) {
        return api.views(List.of(requests.decline(viewer.actor(), id))).get(0);
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw your own pending application or invitation")
    public RequestView withdraw(@PathParam("id") long id) {
        return api.views(List.of(requests.withdraw(viewer.actor(), id))).get(0);
    }
}
