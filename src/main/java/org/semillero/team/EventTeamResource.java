package org.semillero.team;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;
import org.semillero.team.TeamViews.RequestView;
import org.semillero.team.TeamViews.SeekerView;
import org.semillero.team.TeamViews.SubmissionView;
import org.semillero.team.TeamViews.Suggestion;
import org.semillero.team.TeamViews.TeamView;

/** An event's teams, board, lock and submissions. */
@Path("/api/v1/events/{slug}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class EventTeamResource {

    private final TeamService teams;
    private final SubmissionService submissions;
    private final EventService events;
    private final Viewer viewer;
    private final TeamViewMapper api;

    private final TeamBoardService board;
    private final TeamModerationService moderation;

    private final TeamRequestService requests;

    EventTeamResource(TeamService teams, SubmissionService submissions, EventService events,
                 Viewer viewer, TeamViewMapper api, TeamBoardService board, TeamModerationService moderation, TeamRequestService requests) {
        this.requests = requests;
        this.board = board;
        this.moderation = moderation;
        this.api = api;
        this.teams = teams;
        this.submissions = submissions;
        this.events = events;
        this.viewer = viewer;
    }

    @GET
    @Path("teams")
    @Operation(summary = "The event's teams by name, with members, departments and size status",
            description = "Pages of `size` (1–100, default 20) in a stable order: `next` is the cursor of the "
                    + "following page (also a Link header with rel=\"next\"); `total` on the first page.")
    @APIResponse(responseCode = "200", description = "A page of teams", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamPage.class)))
    public Response list(@PathParam("slug") String slug, @QueryParam("cursor") String cursor,
                         @QueryParam("size") String size, @Context UriInfo uri) {
        int pageSize = Keyset.size(size, Keyset.DEFAULT_SIZE);
        TeamService.OverviewPage page = teams.teamPage(viewer.actor(), slug, cursor, pageSize);
        List<TeamView> items = page.items().stream().map(TeamView::of).toList();
        return Keyset.page(new TeamPage(items, pageSize, page.total(), page.next()), page.next(), uri);
    }

    @POST
    @Path("teams")
    @Operation(summary = "Create a team and lead it (ideation, or hacking unless teams are locked)")
    @APIResponse(responseCode = "201", description = "Team created with you as lead",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    public Response create(@PathParam("slug") String slug, TeamInputs.TeamInput input) {
        Team team = teams.create(viewer.actor(), slug, Inputs.body(input));
        return Response.created(URI.create("/api/v1/teams/" + team.id)).entity(api.view(team)).build();
    }

    @GET
    @Path("team-requests/mine")
    @Operation(summary = "My pending applications and invitations at this event")
    public List<RequestView> mine(@PathParam("slug") String slug) {
        return api.views(requests.pendingOf(viewer.id(), events.get(viewer.actor(), slug).id));
    }

    @RolesAllowed(Roles.ORGANIZER)
    @PUT
    @Path("team-lock")
    @Operation(summary = "Lock or unlock team changes (organizers)")
    @APIResponse(responseCode = "200", description = "Whether teams are locked now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamLock.class)))
    public Response lock(@PathParam("slug") String slug, TeamInputs.LockInput request) {
        if (request == null || request.locked() == null) {
            throw DomainException.invalid(List.of(FieldError.of("locked", "validation.required")));
        }
        Event event = moderation.lockTeams(viewer.actor(), slug, request.locked());
        return Response.ok(new TeamLock(event.teamsLocked)).build();
    }

    @GET
    @Path("board")
    @Operation(summary = "Looking for a team: teams suggested to me by shared skills, and who is available")
    public Map<String, Object> board(@PathParam("slug") String slug) {
        List<Suggestion> suggested = board.suggestTeams(viewer.actor(), slug).stream()
                .map(m -> new Suggestion(TeamView.of(m.item()), m.shared())).toList();
        List<SeekerView> seekers = board.seekers(viewer.actor(), slug).stream()
                .map(s -> new SeekerView(s.name(), s.personId(), s.department(), s.skills(), s.note(), java.util.Set.of()))
                .toList();
        return Map.of("suggestedTeams", suggested, "seekers", seekers);
    }

    @PUT
    @Path("board/me")
    @Operation(summary = "Mark myself available, with skills (comma-separated) and a note")
    @APIResponse(responseCode = "204", description = "You are on the team board")
    public Response seek(@PathParam("slug") String slug, TeamInputs.AvailabilityInput request) {
        board.seek(viewer.actor(), slug, request == null ? null : request.skills(), request == null ? null : request.note());
        return Response.noContent().build();
    }

    @DELETE
    @Path("board/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "No longer looking for a team")
    @APIResponse(responseCode = "204", description = "You left the team board")
    public Response stopSeeking(@PathParam("slug") String slug) {
        board.stopSeeking(viewer.actor(), slug);
        return Response.noContent().build();
    }

    @GET
    @Path("submissions")
    @Operation(summary = "Submissions: organizers see all (filter by status); others see accepted ones")
    public List<SubmissionView> submissionsOf(@PathParam("slug") String slug, @QueryParam("status") String status) {
        Event event = events.get(viewer.actor(), slug);
        Submission.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = Submission.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(List.of(FieldError.of("status", "submission.status.unknown")));
            }
        }
        if (!viewer.isOrganizer()) {
            wanted = Submission.Status.ACCEPTED;
        }
        boolean organizer = viewer.isOrganizer();
        return submissions.ofEvent(viewer.actor(), event, wanted).stream()
                .map(s -> SubmissionView.of(s, organizer)).toList();
    }

    /** A page of an event's teams: {@code next} is the cursor of the following page; {@code total} only on the first. */
    public record TeamPage(List<TeamView> items, int size, Long total, String next) {
    }

    /** Whether the event's teams are locked. */
    public record TeamLock(boolean locked) {
    }
}
