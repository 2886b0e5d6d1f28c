package org.semillero.learning;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Inputs;

/** Workshops: the programme, seats and the waitlist, attendance. */
@Path("/api/v1/workshops")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
@SecurityRequirement(name = "SecurityScheme")
public class WorkshopResource {

    private final WorkshopService workshops;
    private final WorkshopQueries queries;
    private final AttendanceService attendance;
    private final Viewer viewer;

    WorkshopResource(WorkshopService workshops, WorkshopQueries queries, AttendanceService attendance, Viewer viewer) {
        this.workshops = workshops;
        this.queries = queries;
        this.attendance = attendance;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Upcoming workshops (or past ones), by topic, format, month (YYYY-MM) and place")
    public List<WorkshopViews.WorkshopView> list(@QueryParam("topic") String topic, @QueryParam("format") String format,
                                                 @QueryParam("month") String month, @QueryParam("place") String place,
                                                 @QueryParam("past") String past) {
        return queries.list(WorkshopQueries.parse(topic, format, month, place, past), 200).stream()
                .map(l -> WorkshopViews.of(l.workshop(), new WorkshopService.Counts(l.registered(), l.waitlisted()),
                        workshops.skills(l.workshop().id))).toList();
    }

    @POST
    @Operation(summary = "Create a workshop (innovation office and organizers)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(WorkshopInputs.WorkshopInput input) {
        Inputs.body(input);
        Workshop workshop = workshops.create(viewer.actor(), input);
        return Response.created(URI.create("/api/v1/workshops/" + workshop.id)).entity(view(workshop)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workshop with its seats taken and waiting")
    public WorkshopViews.WorkshopView get(@PathParam("id") long id) {
        return view(workshops.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a workshop; new seats go to the waitlist in arrival order")
    public WorkshopViews.WorkshopView update(@PathParam("id") long id, WorkshopInputs.WorkshopInput input) {
        Inputs.body(input);
        return view(workshops.update(viewer.actor(), id, input));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a workshop with a reason; everyone registered or waiting is told")
    public WorkshopViews.WorkshopView cancel(@PathParam("id") long id, WorkshopInputs.CancelInput input) {
        Inputs.body(input);
        return view(workshops.cancel(viewer.actor(), id, input.reason()));
    }

    @POST
    @Path("{id}/registrations/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Register: a seat while there is one, else a place on the waitlist")
    @APIResponse(responseCode = "201", description = "REGISTERED, or WAITLISTED with the place")
    public Response register(@PathParam("id") long id) {
        WorkshopService.Seat seat = workshops.register(viewer.actor(), id);
        return Response.status(201).entity(new WorkshopViews.SeatView(seat.status(), seat.position())).build();
    }

    @GET
    @Path("{id}/registrations/me")
    @Operation(summary = "Where the caller stands: REGISTERED, WAITLISTED (with the place), CANCELLED or null")
    public WorkshopViews.SeatView seat(@PathParam("id") long id) {
        workshops.get(id);
        WorkshopService.Seat seat = workshops.seat(viewer.id(), id);
        return new WorkshopViews.SeatView(seat.status(), seat.position());
    }

    @DELETE
    @Path("{id}/registrations/me")
    @Operation(summary = "Give back the seat or the place on the waitlist (before the start)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response unregister(@PathParam("id") long id) {
        workshops.unregister(viewer.actor(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "Everyone registered or waiting, with attendance (organizers and the innovation office)")
    public List<AttendanceService.Registrant> registrants(@PathParam("id") long id) {
        return attendance.registrants(viewer.actor(), id);
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Mark people attended (true) or absent (false) by person id (organizers and the innovation office)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response mark(@PathParam("id") long id, WorkshopInputs.AttendanceInput input) {
        Inputs.body(input);
        attendance.mark(viewer.actor(), id, input.attendance());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/attendance/me")
    @Operation(summary = "Check in with the code shown in the room, while the workshop runs")
    @APIResponse(responseCode = "204", description = "Checked in")
    public Response checkIn(@PathParam("id") long id, WorkshopInputs.CodeInput input) {
        Inputs.body(input);
        attendance.checkIn(viewer.actor(), id, input.code());
        return Response.noContent().build();
    }

    private WorkshopViews.WorkshopView view(Workshop workshop) {
        return WorkshopViews.of(workshop, workshops.counts(workshop.id), workshops.skills(workshop.id));
    }
}
