package org.semillero.comment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.Flash;

/** Editing and hiding comments from the idea and challenge pages. */
@Path("/comments")
@Authenticated
public class CommentPages {

    private final CommentService comments;
    private final Viewer viewer;

    CommentPages(CommentService comments, Viewer viewer) {
        this.comments = comments;
        this.viewer = viewer;
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String body) {
        String page = pageOf(comments.get(viewer.actor(), id));
        try {
            comments.edit(viewer.actor(), id, body);
            return Flash.redirect(page + "#comment-" + id, "flash.comment.saved");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Flash.redirect(page + "#comment-" + id, e.messageKey());
        }
    }

    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@PathParam("id") long id) {
        String page = pageOf(comments.get(viewer.actor(), id));
        comments.hide(viewer.actor(), id);
        return Flash.redirect(page + "#comment-" + id, "flash.comment.hidden");
    }

    private String pageOf(Comment comment) {
        CommentTarget target = comments.targetOf(comment);
        return (target.kind() == CommentTarget.Kind.IDEA ? "/ideas/" : "/challenges/") + target.id();
    }
}
