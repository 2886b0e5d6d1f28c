package org.semillero.comment;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.comment.CommentInputs.EditInput;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Inputs;

@Path("/api/v1/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@SecurityRequirement(name = "SecurityScheme")
public class CommentResource {

    private final CommentService comments;
    private final Viewer viewer;

    CommentResource(CommentService comments, Viewer viewer) {
        this.comments = comments;
        this.viewer = viewer;
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit your comment within 15 minutes of posting")
    @APIResponse(responseCode = "204", description = "Comment changed")
    public Response edit(@PathParam("id") long id, EditInput request) {
        Inputs.body(request);
        comments.edit(viewer.actor(), id, request.body());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Hide a comment (organizers); it shows as hidden by a moderator")
    @APIResponse(responseCode = "204", description = "Comment hidden")
    public Response hide(@PathParam("id") long id) {
        comments.hide(viewer.actor(), id);
        return Response.noContent().build();
    }
}
