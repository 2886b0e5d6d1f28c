package org.semillero.challenge;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.semillero.event.EventService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** An event's themes: the accepted challenges its ideas answer. */
@Path("/api/v1/events/{slug}/challenges")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges")
@SecurityRequirement(name = "SecurityScheme")
public class ThemeResource {

    private final ChallengeService challenges;
    private final EventService events;
    private final Viewer viewer;

    ThemeResource(ChallengeService challenges, EventService events, Viewer viewer) {
        this.challenges = challenges;
        this.events = events;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The event's themes")
    public List<ChallengeViews.ChallengeView> list(@PathParam("slug") String slug) {
        return challenges.themesOf(events.get(viewer.actor(), slug).id).stream()
                .map(c -> ChallengeViews.ChallengeView.of(c, false)).toList();
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Operation(summary = "Attach an accepted challenge as a theme (organizers; draft or ideation)")
    @APIResponse(responseCode = "201", description = "Challenge attached as a theme")
    public Response attach(@PathParam("slug") String slug, ChallengeInputs.AttachInput request) {
        if (request == null || request.challengeId() == null) {
            throw DomainException.invalid(List.of(FieldError.of("challengeId", "validation.required")));
        }
        challenges.attach(viewer.actor(), slug, request.challengeId());
        return Response.created(URI.create("/api/v1/events/" + slug + "/challenges/" + request.challengeId())).build();
    }

    @DELETE
    @Path("{challengeId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Detach a theme no idea answers yet (organizers)")
    @APIResponse(responseCode = "204", description = "Theme detached")
    public Response detach(@PathParam("slug") String slug, @PathParam("challengeId") long challengeId) {
        challenges.detach(viewer.actor(), slug, challengeId);
        return Response.noContent().build();
    }
}
