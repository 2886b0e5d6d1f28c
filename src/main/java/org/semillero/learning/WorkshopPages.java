package org.semillero.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.event.Event;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** The workshop programme as pages: browse, register, check in, rate; manage, take attendance. */
@Path("/workshops")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WorkshopPages {

    static final String LABELS = "workshop.field.";

    /** The list's filters as typed. */
    public record Filters(String topic, String format, String month, String place, boolean past) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<WorkshopQueries.Listed> items, List<WorkshopQueries.Topic> topics,
                                            Filters filters, boolean manager);

        static native TemplateInstance form(WorkshopForm form, FormErrors errors, Long id, List<WorkshopQueries.Topic> topics);

        static native TemplateInstance detail(Workshop workshop, WorkshopService.Counts counts, List<String> skills,
                                              String topic, WorkshopService.Seat seat, boolean manager, boolean checkInOpen,
                                              boolean open, Boolean attended, FormErrors errors);

        static native TemplateInstance attendance(Workshop workshop, List<AttendanceService.Registrant> people);

        static native TemplateInstance certificate(AttendanceService.Certificate certificate, String verifyUrl);
    }

    private final WorkshopService workshops;
    private final WorkshopQueries queries;
    private final AttendanceService attendance;
    private final Viewer viewer;
    private final InstitutionClock clock;

    private final String publicUrl;

    WorkshopPages(WorkshopService workshops, WorkshopQueries queries, AttendanceService attendance, Viewer viewer,
                  InstitutionClock clock,
                  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "semillero.mail.public-url") String publicUrl) {
        this.publicUrl = publicUrl;
        this.workshops = workshops;
        this.queries = queries;
        this.attendance = attendance;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@QueryParam("topic") String topic, @QueryParam("format") String format,
                                 @QueryParam("month") String month, @QueryParam("place") String place,
                                 @QueryParam("past") String past) {
        WorkshopQueries.Filter filter = WorkshopQueries.parse(topic, format, month, place, past);
        return Templates.list(queries.list(filter, 100), queries.topics(),
                new Filters(nz(topic), nz(format), nz(month), nz(place), filter.past()), WorkshopService.mayManage(viewer.actor()));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        WorkshopService.requireManager(viewer.actor());
        return Templates.form(new WorkshopForm(), FormErrors.NONE, null, queries.topics());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam WorkshopForm form) {
        WorkshopService.requireManager(viewer.actor());
        WorkshopForm.Parsed parsed = form.parse(clock.zone(), viewer.locale());
        if (!parsed.errors().isEmpty()) {
            return shown(Templates.form(form, FormErrors.of(parsed.errors(), viewer.locale(), LABELS), null, queries.topics()));
        }
        return PageAction.of(() -> workshops.create(viewer.actor(), parsed.input()))
                .redirect((Workshop w) -> "/workshops/" + w.id, "flash.workshop.created")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, null, queries.topics()))
                .orFail();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(workshops.get(id), FormErrors.NONE);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        WorkshopService.requireManager(viewer.actor());
        Workshop workshop = workshops.get(id);
        String slug = workshop.eventId == null ? null : Event.<Event>findByIdOptional(workshop.eventId).map(e -> e.slug).orElse(null);
        return Templates.form(WorkshopForm.of(workshop, workshops.skills(id), slug, clock.zone()), FormErrors.NONE, id,
                queries.topics());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam WorkshopForm form) {
        WorkshopService.requireManager(viewer.actor());
        WorkshopForm.Parsed parsed = form.parse(clock.zone(), viewer.locale());
        if (!parsed.errors().isEmpty()) {
            return shown(Templates.form(form, FormErrors.of(parsed.errors(), viewer.locale(), LABELS), id, queries.topics()));
        }
        return PageAction.run(() -> workshops.update(viewer.actor(), id, parsed.input()))
                .redirect("/workshops/" + id, "flash.workshop.saved")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, id, queries.topics()))
                .conflictsTo("/workshops/" + id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @RestForm String reason) {
        return PageAction.run(() -> workshops.cancel(viewer.actor(), id, reason))
                .redirect("/workshops/" + id, "flash.workshop.cancelled")
                .orShow(viewer.locale(), LABELS, errors -> detailPage(workshops.get(id), errors))
                .conflictsTo("/workshops/" + id);
    }

    @POST
    @Path("{id}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") long id) {
        return PageAction.of(() -> workshops.register(viewer.actor(), id))
                .redirect((WorkshopService.Seat seat) -> "/workshops/" + id,
                        "flash.workshop.registered")
                .conflictsTo("/workshops/" + id);
    }

    @POST
    @Path("{id}/unregister")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unregister(@PathParam("id") long id) {
        return PageAction.run(() -> workshops.unregister(viewer.actor(), id))
                .redirect("/workshops/" + id, "flash.workshop.unregistered").conflictsTo("/workshops/" + id);
    }

    @POST
    @Path("{id}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") long id, @RestForm String code) {
        return PageAction.run(() -> attendance.checkIn(viewer.actor(), id, code))
                .redirect("/workshops/" + id, "flash.workshop.checked-in")
                .orShow(viewer.locale(), LABELS, errors -> detailPage(workshops.get(id), errors))
                .conflictsTo("/workshops/" + id);
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@PathParam("id") long id, @RestForm String rating, @RestForm String comment) {
        Integer stars = rating == null || !rating.matches("[1-5]") ? null : Integer.valueOf(rating);
        return PageAction.run(() -> attendance.feedback(viewer.actor(), id, stars, comment))
                .redirect("/workshops/" + id, "flash.workshop.feedback")
                .orShow(viewer.locale(), LABELS, errors -> detailPage(workshops.get(id), errors))
                .conflictsTo("/workshops/" + id);
    }

    @GET
    @Path("{id}/attendance")
    public TemplateInstance attendanceList(@PathParam("id") long id) {
        return Templates.attendance(workshops.get(id), attendance.registrants(viewer.actor(), id));
    }

    /** The check-in list: ticked people attended, the others with a seat were absent. */
    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeAttendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        java.util.Set<String> present = new java.util.HashSet<>(form.getOrDefault("present", List.of()));
        Map<Long, Boolean> marks = new HashMap<>();
        for (AttendanceService.Registrant person : attendance.registrants(viewer.actor(), id)) {
            if ("REGISTERED".equals(person.status())) {
                marks.put(person.personId(), present.remove(String.valueOf(person.personId())));
            }
        }
        if (!present.isEmpty()) {
            throw DomainException.invalid(List.of(FieldError.of("present", "workshop.attendance.not-registered")));
        }
        return PageAction.run(() -> attendance.mark(viewer.actor(), id, marks))
                .redirect("/workshops/" + id + "/attendance", "flash.workshop.attendance").conflictsTo("/workshops/" + id);
    }

    @GET
    @Path("{id}/certificate")
    public TemplateInstance certificate(@PathParam("id") long id) {
        AttendanceService.Certificate certificate = attendance.certificate(viewer.actor(), id);
        // Printed on paper: the full address, not a path.
        return Templates.certificate(certificate, publicUrl + "/certificates/verify?code=" + certificate.code());
    }

    private TemplateInstance detailPage(Workshop workshop, FormErrors errors) {
        Instant now = clock.now();
        boolean checkInOpen = !workshop.isCancelled() && !now.isBefore(workshop.startsAt.minus(WorkshopService.CHECK_IN_EARLY))
                && !now.isAfter(workshop.endsAt);
        boolean open = !workshop.isCancelled() && now.isBefore(workshop.registrationClosesAt) && now.isBefore(workshop.startsAt);
        String topic = queries.topics().stream().filter(t -> t.code().equals(workshop.topic)).findFirst()
                .map(t -> t.name(viewer.locale().getLanguage())).orElse(workshop.topic);
        return Templates.detail(workshop, workshops.counts(workshop.id), workshops.skills(workshop.id), topic,
                workshops.seat(viewer.id(), workshop.id), WorkshopService.mayManage(viewer.actor()), checkInOpen, open,
                attendance.attended(viewer.id(), workshop.id), errors);
    }

    private static Response shown(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
