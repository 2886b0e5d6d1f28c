package org.semillero.comment;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.semillero.comment.CommentInputs.CommentInput;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Inputs;

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
    @Operation(summary = "Comments, oldest first, with replies")
    public List<CommentService.View> list() {
        return comments.thread(viewer.actor(), target);
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
