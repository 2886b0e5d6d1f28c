package org.semillero.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.Keyset;

/** The inbox and the e-mail preferences, as pages. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<NotificationViews.NotificationView> items, long unread,
                                             boolean unreadOnly, String next);

        static native TemplateInstance preferences(List<Category> categories, Map<Category, Delivery> chosen,
                                                   List<Delivery> deliveries, FormErrors errors);
    }

    private final InboxService inbox;
    private final Viewer viewer;

    NotificationPages(InboxService inbox, Viewer viewer) {
        this.inbox = inbox;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance inbox(@QueryParam("unread") boolean unreadOnly, @QueryParam("cursor") String cursor) {
        InboxService.Page page = inbox.page(viewer.id(), unreadOnly, cursor, Keyset.DEFAULT_SIZE);
        return Templates.inbox(page.items().stream().map(n -> NotificationViews.of(n, viewer.locale())).toList(),
                page.unread(), unreadOnly, page.next());
    }

    /** Opens what the notification is about, marking it read on the way. */
    @POST
    @Path("{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") long id) {
        return Response.seeOther(URI.create(inbox.read(viewer.id(), id).url)).build();
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        inbox.readAll(viewer.id());
        return Flash.redirect("/notifications", "flash.notification.all-read");
    }

    @GET
    @Path("preferences")
    public TemplateInstance preferences() {
        return Templates.preferences(List.of(Category.values()), inbox.preferences(viewer.id()), List.of(Delivery.values()),
                FormErrors.NONE);
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> form) {
        Map<String, String> choices = new java.util.HashMap<>();
        for (Category category : Category.values()) {
            choices.put(category.key(), form.getFirst(category.key()));
        }
        try {
            inbox.choose(viewer.id(), InboxService.parse(choices));
        } catch (DomainException e) {
            Map<Category, Delivery> typed = new EnumMap<>(inbox.preferences(viewer.id()));
            choices.forEach((name, value) -> java.util.Arrays.stream(Category.values()).filter(c -> c.key().equals(name))
                    .forEach(c -> java.util.Arrays.stream(Delivery.values()).filter(d -> d.name().equals(value))
                            .forEach(d -> typed.put(c, d))));
            return Response.status(400).entity(Templates.preferences(List.of(Category.values()), typed,
                    List.of(Delivery.values()), FormErrors.of(e.fieldErrors(), viewer.locale(), "notification.category."))).build();
        }
        return Flash.redirect("/notifications/preferences", "flash.notification.preferences-saved");
    }
}
