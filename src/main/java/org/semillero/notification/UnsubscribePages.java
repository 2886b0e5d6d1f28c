package org.semillero.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The unsubscribe link of every e-mail. Opened in a browser it asks to confirm (a form with its
 * token); the mail client's one-click POST (RFC 8058, {@code List-Unsubscribe=One-Click}) is
 * answered before the pages, as it carries no form token and needs none: the signed link is the
 * proof. Nobody needs to sign in.
 */
@Path("/unsubscribe")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String token, boolean valid);

        static native TemplateInstance done();
    }

    private final UnsubscribeService unsubscribe;

    UnsubscribePages(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GET
    @Path("{token}")
    public Response confirm(@PathParam("token") String token) {
        boolean valid = unsubscribe.valid(token);
        return Response.status(valid ? 200 : 404).entity(Templates.confirm(token, valid)).build();
    }

    @POST
    @Path("{token}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@PathParam("token") String token) {
        if (!unsubscribe.unsubscribe(token)) {
            return Response.status(404).entity(Templates.confirm(token, false)).build();
        }
        return Response.ok(Templates.done()).build();
    }

    /** RFC 8058 one-click: {@code POST /unsubscribe/{token}}, answered 200 (done) or 404 (not a genuine link). */
    void oneClick(@Observes Router router) {
        router.route(HttpMethod.POST, "/unsubscribe/:token").order(-10).blockingHandler(context -> {
            boolean done = unsubscribe.unsubscribe(context.pathParam("token"));
            context.response().setStatusCode(done ? 200 : 404).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end(done ? "Unsubscribed." : "Not a valid unsubscribe link.");
        });
    }
}
