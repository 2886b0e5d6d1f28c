package org.semillero.challenge;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.comment.CommentTarget;
import org.semillero.comment.CommentThreadResource;
import org.semillero.comment.CommentThreads;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;

@Path("/api/v1/challenges")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges")
@SecurityRequirement(name = "SecurityScheme")
public class ChallengeResource {

    private final ChallengeService challenges;
    private final CommentThreads threads;
    private final Viewer viewer;

    ChallengeResource(ChallengeService challenges, CommentThreads threads, Viewer viewer) {
        this.challenges = challenges;
        this.threads = threads;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Challenges, newest first or by relevance to q; filter by status",
            description = "Pages of `size` (1–100, default 20) in a stable order: `next` is the cursor of the "
                    + "following page (also a Link header with rel=\"next\"); `total` on the first page.")
    @APIResponse(responseCode = "200", description = "A page of challenges", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeViews.ChallengePageView.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("q") String q,
                         @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context UriInfo uri) {
        int pageSize = Keyset.size(size, Keyset.DEFAULT_SIZE);
        ChallengeStatus wanted = ChallengeStatus.filter(status);
        ChallengeService.Page result = challenges.list(wanted, q, cursor, pageSize);
        return Keyset.page(new ChallengeViews.ChallengePageView(result.items().stream()
                .map(c -> ChallengeViews.ChallengeView.of(c, false)).toList(), result.size(), result.total(), result.next()),
                result.next(), uri);
    }

    @POST
    @Operation(summary = "Record a challenge (any officer)")
    @APIResponse(responseCode = "201", description = "Challenge recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeViews.ChallengeView.class)))
    public Response create(ChallengeInputs.ChallengeInput input) {
        Inputs.body(input);
        Challenge challenge = challenges.record(viewer.actor(), input);
        return Response.created(URI.create("/api/v1/challenges/" + challenge.id))
                .entity(ChallengeViews.ChallengeView.of(challenge, false)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One challenge")
    public ChallengeViews.ChallengeView get(@PathParam("id") long id) {
        return ChallengeViews.ChallengeView.of(challenges.get(id), challenges.supports(viewer.id(), id));
    }

    @POST
    @Path("{id}/supports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "+1: I see this too (idempotent)")
    @APIResponse(responseCode = "201", description = "+1 given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeViews.ChallengeView.class)))
    @APIResponse(responseCode = "200", description = "You had already given your +1",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeViews.ChallengeView.class)))
    public Response support(@PathParam("id") long id) {
        ChallengeService.Support support = challenges.support(viewer.actor(), id);
        ChallengeViews.ChallengeView view = ChallengeViews.ChallengeView.of(support.challenge(), true);
        return (!support.added() ? Response.ok() : Response.created(URI.create("/api/v1/challenges/" + id + "/supports/me")))
                .entity(view).build();
    }

    @DELETE
    @Path("{id}/supports/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw my +1")
    public ChallengeViews.ChallengeView withdrawSupport(@PathParam("id") long id) {
        return ChallengeViews.ChallengeView.of(challenges.withdrawSupport(viewer.actor(), id), false);
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Review (organizers): ACCEPT, DECLINE with reason, MERGE into another challenge")
    public ChallengeViews.ChallengeView review(@PathParam("id") long id, ChallengeInputs.ReviewInput request) {
        if (request == null || request.action() == null) {
            throw DomainException.invalid(List.of(FieldError.of("action", "validation.required")));
        }
        Challenge result = switch (request.action().strip()) {
            case "ACCEPT" -> challenges.accept(viewer.actor(), id);
            case "DECLINE" -> challenges.decline(viewer.actor(), id, request.reason());
            case "MERGE" -> challenges.merge(viewer.actor(), id, request.into());
            default -> throw DomainException.invalid(List.of(FieldError.of("action", "challenge.action.unknown")));
        };
        return ChallengeViews.ChallengeView.of(result, challenges.supports(viewer.id(), result.id));
    }

    @Path("{id}/comments")
    public CommentThreadResource comments(@PathParam("id") long id) {
        return threads.of(CommentTarget.challenge(id));
    }
}
