package org.semillero.comment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.semillero.comment.CommentInputs.CommentInput;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;

/**
 * The comments of one idea or challenge, as a sub-resource: ideas and challenges mount it at
 * {@code {id}/comments} (see {@link CommentThreads}), so both speak the same way.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentThreadResource {

    private final CommentService comments;
    private final Viewer viewer;
    private final CommentTarget target;

    CommentThreadResource(CommentService comments, Viewer viewer, CommentTarget target) {
        this.comments = comments;
        this.viewer = viewer;
        this.target = target;
    }

    @GET
    @Operation(summary = "Comments, oldest first, with replies",
            description = "Pages of `size` top-level comments (1–100, default 20), each with all its replies, in a "
                    + "stable order: `next` is the cursor of the following page (also a Link header with rel=\"next\").")
    @APIResponse(responseCode = "200", description = "A page of the thread", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context UriInfo uri) {
        int pageSize = Keyset.size(size, Keyset.DEFAULT_SIZE);
        Keyset.Slice<CommentService.View> page = comments.threadPage(viewer.actor(), target, cursor, pageSize);
        return Keyset.page(new CommentPage(page.items(), pageSize, page.next()), page.next(), uri);
    }

    /** A page of a comment thread: {@code next} is the cursor of the following page. */
    public record CommentPage(List<CommentService.View> items, int size, String next) {
    }

    @POST
    @Operation(summary = "Comment, or reply with parentId")
    @APIResponse(responseCode = "201", description = "Comment posted")
    public Response add(CommentInput input) {
        Inputs.body(input);
        Comment comment = comments.add(viewer.actor(), target, input.parentId(), input.body());
        return Response.created(URI.create("/api/v1/comments/" + comment.id)).build();
    }
}
