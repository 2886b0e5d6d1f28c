package org.semillero.notification;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Keyset;

/** The caller's notifications and e-mail preferences; nobody else's, ever. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@SecurityRequirement(name = "SecurityScheme")
public class NotificationResource {

    private final InboxService inbox;
    private final Viewer viewer;

    NotificationResource(InboxService inbox, Viewer viewer) {
        this.inbox = inbox;
        this.viewer = viewer;
    }

    @GET
    @Path("notifications")
    @Operation(summary = "The caller's notifications, newest first, with the number unread",
            description = "`unread=true` keeps the unread ones; `next` is the cursor of the following page (null at the end).")
    public Response list(@QueryParam("unread") String unread, @QueryParam("cursor") String cursor,
                         @QueryParam("size") String size, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (unread != null && !unread.equals("true") && !unread.equals("false")) {
            throw DomainException.invalid(java.util.List.of(FieldError.of("unread", "validation.boolean")));
        }
        InboxService.Page page = inbox.page(viewer.id(), "true".equals(unread), cursor,
                Keyset.size(size, Keyset.DEFAULT_SIZE));
        NotificationViews.InboxView body = new NotificationViews.InboxView(
                page.items().stream().map(n -> NotificationViews.of(n, viewer.locale())).toList(), page.unread(), page.next());
        return Keyset.page(body, page.next(), uri);
    }

    @POST
    @Path("notifications/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark one of the caller's notifications read (another person's is not found)")
    public NotificationViews.NotificationView read(@PathParam("id") long id) {
        return NotificationViews.of(inbox.read(viewer.id(), id), viewer.locale());
    }

    @POST
    @Path("notifications/read-all")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark all the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Done")
    public Response readAll() {
        inbox.readAll(viewer.id());
        return Response.noContent().build();
    }

    @GET
    @Path("notification-preferences")
    @Operation(summary = "How e-mail reaches the caller, per category: IMMEDIATE, DAILY, WEEKLY or OFF")
    public Map<String, Delivery> preferences() {
        return asJson(inbox.preferences(viewer.id()));
    }

    @PUT
    @Path("notification-preferences")
    @Operation(summary = "Choose how e-mail reaches the caller; categories left out keep their choice",
            description = "Categories: teams, ideas, events, jury, projects, workshops. The inbox always receives everything.")
    public Map<String, Delivery> choose(Map<String, String> choices) {
        return asJson(inbox.choose(viewer.id(), InboxService.parse(choices)));
    }

    private static Map<String, Delivery> asJson(Map<Category, Delivery> preferences) {
        Map<String, Delivery> json = new LinkedHashMap<>();
        preferences.forEach((category, delivery) -> json.put(category.key(), delivery));
        return json;
    }
}
