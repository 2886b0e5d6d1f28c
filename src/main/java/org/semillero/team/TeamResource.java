package org.semillero.team;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.team.TeamViews.RequestView;
import org.semillero.team.TeamViews.SeekerView;
import org.semillero.team.TeamViews.SubmissionView;
import org.semillero.team.TeamViews.TeamView;

/** A team: its members and requests, organizers' fixes, suggestions and its submission. */
@Path("/api/v1/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class TeamResource {

    private final TeamService teams;
    private final SubmissionService submissions;
    private final Viewer viewer;
    private final TeamViewMapper api;

    private final TeamBoardService board;
    private final TeamModerationService moderation;

    private final TeamRequestService requests;

    TeamResource(TeamService teams, SubmissionService submissions,
                 Viewer viewer, TeamViewMapper api, TeamBoardService board, TeamModerationService moderation, TeamRequestService requests) {
        this.requests = requests;
        this.board = board;
        this.moderation = moderation;
        this.api = api;
        this.teams = teams;
        this.submissions = submissions;
        this.viewer = viewer;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team")
    public TeamView get(@PathParam("id") long id) {
        return api.view(teams.get(viewer.actor(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change name, pitch, idea and open roles (lead)")
    public TeamView update(@PathParam("id") long id, TeamInputs.TeamInput input) {
        return api.view(teams.update(viewer.actor(), id, Inputs.body(input)));
    }

    @GET
    @Path("{id}/requests")
    @Operation(summary = "Pending applications and invitations (lead)")
    public List<RequestView> requests(@PathParam("id") long id) {
        Team team = teams.get(viewer.actor(), id);
        if (!java.util.Objects.equals(team.leadId, viewer.id())) {
            throw DomainException.forbidden("team-lead-only");
        }
        return api.views(requests.pendingFor(team));
    }

    @POST
    @Path("{id}/applications")
    @Operation(summary = "Apply to join, with a short message")
    @APIResponse(responseCode = "201", description = "Application sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response apply(@PathParam("id") long id, TeamInputs.MessageInput request) {
        TeamRequest created = requests.apply(viewer.actor(), id, request == null ? null : request.message());
        return Response.created(URI.create("/api/v1/team-requests/" + created.id)).entity(api.views(List.of(created)).get(0))
                .build();
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite an officer by user name (lead)")
    @APIResponse(responseCode = "201", description = "Invitation sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response invite(@PathParam("id") long id, TeamInputs.InvitationInput request) {
        Inputs.required("username", request);
        TeamRequest created = requests.invite(viewer.actor(), id, request.personId(), request.message());
        return Response.created(URI.create("/api/v1/team-requests/" + created.id)).entity(api.views(List.of(created)).get(0))
                .build();
    }

    @DELETE
    @Path("{id}/members/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Leave the team (a lead hands over first; the last member dissolves it)")
    @APIResponse(responseCode = "204", description = "You left the team")
    public Response leave(@PathParam("id") long id) {
        requests.leave(viewer.actor(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{personId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove a member (lead)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response remove(@PathParam("id") long id, @PathParam("personId") long personId) {
        requests.remove(viewer.actor(), id, personId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/lead")
    @Operation(summary = "Hand leadership to another member (lead): {\"personId\": …}")
    public TeamView handOver(@PathParam("id") long id, TeamInputs.LeadInput request) {
        if (request == null || request.personId() == null) {
            throw DomainException.invalid(List.of(FieldError.of("personId", "validation.required")));
        }
        return api.view(requests.handOver(viewer.actor(), id, request.personId()));
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a member to another team, with a reason (organizers)")
    @APIResponse(responseCode = "204", description = "Team moved")
    public Response move(@PathParam("id") long id, TeamInputs.MoveInput request) {
        if (request == null || request.personId() == null || request.toTeamId() == null) {
            throw DomainException.invalid(List.of(FieldError.of(request == null || request.personId() == null
                    ? "personId" : "toTeamId", "validation.required")));
        }
        moderation.move(viewer.actor(), id, request.personId(), request.toTeamId(), request.reason());
        return Response.noContent().build();
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Path("{id}/dissolve")
    @Operation(summary = "Dissolve a team, with a reason (organizers)")
    @APIResponse(responseCode = "204", description = "Team dissolved")
    public Response dissolve(@PathParam("id") long id, TeamInputs.ReasonInput request) {
        moderation.dissolve(viewer.actor(), id, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/suggested-people")
    @Operation(summary = "Officers looking for a team, ranked by the team's open roles")
    public List<SeekerView> suggestedPeople(@PathParam("id") long id) {
        return board.suggestPeople(viewer.actor(), id).stream().map(m -> new SeekerView(m.item().name(),
                m.item().personId(), m.item().department(), m.item().skills(), m.item().note(), m.shared())).toList();
    }

    @GET
    @Path("{id}/submission")
    @Operation(summary = "The team's submission")
    public SubmissionView submission(@PathParam("id") long id) {
        Submission submission = submissions.ofTeam(viewer.actor(), id);
        if (submission == null) {
            throw DomainException.notFound("submission-not-found");
        }
        Team team = Team.findById(id);
        return SubmissionView.of(submission,
                submissions.access(viewer.actor(), team, submission) == SubmissionService.Access.FULL);
    }

    @PUT
    @Path("{id}/submission")
    @Operation(summary = "Write the team's submission (members, during hacking)")
    public SubmissionView saveSubmission(@PathParam("id") long id, TeamInputs.SubmissionInput input) {
        return SubmissionView.of(submissions.save(viewer.actor(), id, Inputs.body(input)));
    }

    @POST
    @Path("{id}/submission/final")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark the submission final (lead; the team must have its minimum size)")
    public SubmissionView finalise(@PathParam("id") long id) {
        return SubmissionView.of(submissions.finalise(viewer.actor(), id));
    }
}
