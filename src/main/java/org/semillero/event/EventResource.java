package org.semillero.event;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.event.EventViews.EventPage;
import org.semillero.event.EventViews.EventView;
import org.semillero.event.EventViews.PhaseChangeView;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Paging;

@Path("/api/v1/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@SecurityRequirement(name = "SecurityScheme")
public class EventResource {

    private final EventService events;
    private final PersonService people;
    private final Viewer viewer;

    EventResource(EventService events, PersonService people, Viewer viewer) {
        this.events = events;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Events visible to the caller, newest first (drafts only for organizers)")
    public EventPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging.Request request = Paging.parse(page, size, 20);
        EventService.Page<Event> result = events.list(viewer.actor(), request.page(), request.size());
        return new EventPage(result.items().stream().map(EventView::of).toList(), request.page(), request.size(),
                result.total());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One event")
    public EventView get(@PathParam("slug") String slug) {
        return EventView.of(events.get(viewer.actor(), slug));
    }

    @POST
    @Operation(summary = "Create an event in DRAFT (organizers)")
    @APIResponse(responseCode = "201", description = "Event created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response create(EventInputs.EventInput input) {
        Event event = events.create(viewer.actor(), Inputs.body(input));
        return Response.created(URI.create("/api/v1/events/" + event.slug)).entity(EventView.of(event)).build();
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Update an event (organizers); send the version you read")
    public EventView update(@PathParam("slug") String slug, EventInputs.EventInput input) {
        return EventView.of(events.update(viewer.actor(), slug, Inputs.body(input)));
    }

    @GET
    @Path("{slug}/phase-changes")
    @Operation(summary = "The event's phase timeline, oldest first")
    public List<PhaseChangeView> timeline(@PathParam("slug") String slug) {
        List<PhaseChange> changes = events.timeline(viewer.actor(), slug);
        return PhaseChangeView.of(changes, people.displayNames(
                changes.stream().map(c -> c.changedBy).filter(Objects::nonNull).toList()));
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Path("{slug}/phase-changes")
    @Operation(summary = "Move the event one phase forward, or back with a reason (organizers)")
    @APIResponse(responseCode = "201", description = "Phase changed; the event as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response changePhase(@PathParam("slug") String slug, EventInputs.PhaseChangeInput request) {
        EventInputs.PhaseChangeInput body = Inputs.body(request);
        List<FieldError> errors = new ArrayList<>();
        EventPhase to = EventPhase.parse(body.to()).orElse(null);
        if (to == null) {
            errors.add(FieldError.of("to", "event.phase.unknown"));
        }
        EventPhase from = null;
        if (body.from() != null) {
            from = EventPhase.parse(body.from()).orElse(null);
            if (from == null) {
                errors.add(FieldError.of("from", "event.phase.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Event event = events.changePhase(viewer.actor(), slug, from, to, body.reason());
        return Response.created(URI.create("/api/v1/events/" + event.slug + "/phase-changes"))
                .entity(EventView.of(event)).build();
    }


}
