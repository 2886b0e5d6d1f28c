package org.semillero.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.EventViews.PhaseChangeView;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;
import org.semillero.shared.web.Paging;

/** Event pages: list, detail with the phase timeline, create and edit. */
@Path("/events")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    static final int PAGE_SIZE = 20;
    private static final String LABELS = "event.field.";

    /** What the detail page may offer this person, answered by the policy. */
    public record Permissions(boolean edit, EventPhase advanceTo, EventPhase stepBackTo, boolean proposeIdea,
                              boolean exportIdeas) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Event> events, int page, boolean hasNext, boolean canCreate);

        static native TemplateInstance detail(Event event, List<PhaseChangeView> timeline, Permissions can,
                                              List<Challenge> themes, FormErrors errors, String reason);

        static native TemplateInstance form(EventForm form, FormErrors errors, boolean creating);
    }

    private final EventService events;
    private final ChallengeService challenges;
    private final EventPolicy policy;
    private final PersonService people;
    private final Viewer viewer;
    private final InstitutionClock clock;

    private final EventCalendar calendars;
    private final String publicUrl;

    EventPages(EventService events, ChallengeService challenges, EventPolicy policy, PersonService people,
               Viewer viewer, InstitutionClock clock, EventCalendar calendars,
               @org.eclipse.microprofile.config.inject.ConfigProperty(name = "semillero.mail.public-url") String publicUrl) {
        this.calendars = calendars;
        this.publicUrl = publicUrl;
        this.events = events;
        this.challenges = challenges;
        this.policy = policy;
        this.people = people;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** The event's phase dates as iCalendar, as visible as the event itself. */
    @GET
    @Path("{slug}/calendar.ics")
    public Response calendar(@PathParam("slug") String slug) {
        Event event = events.get(viewer.actor(), slug);
        return Response.ok(calendars.feed(List.of(event), viewer.locale(), publicUrl), CalendarPages.ICS)
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + ".ics\"").build();
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String pageParam) {
        int page = Paging.parse(pageParam, null, PAGE_SIZE).page();
        EventService.Page<Event> result = events.list(viewer.actor(), page, PAGE_SIZE);
        return Templates.list(result.items(), page, (long) (page + 1) * PAGE_SIZE < result.total(),
                policy.mayCreate(viewer.roles()));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance createForm() {
        return Templates.form(EventForm.blank(), FormErrors.NONE, true);
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam EventForm form) {
        form.version = "";
        EventForm.Parsed parsed = form.parse(clock.zone());
        List<FieldError> errors = merge(parsed.errors(), events.problemsOf(parsed.input(), true));
        if (!errors.isEmpty()) {
            return rejected(Templates.form(form, FormErrors.of(errors, viewer.locale(), LABELS), true));
        }
        return PageAction.of(() -> events.create(viewer.actor(), parsed.input()))
                .redirect((Event event) -> "/events/" + event.slug, "flash.event.created")
                .orShow(viewer.locale(), LABELS, shown -> Templates.form(form, shown, true))
                .orFail();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance detail(@PathParam("slug") String slug) {
        return detailPage(events.get(viewer.actor(), slug), FormErrors.NONE, "");
    }

    @GET
    @Path("{slug}/edit")
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance editForm(@PathParam("slug") String slug) {
        Event event = events.get(viewer.actor(), slug);
        policy.require(viewer.roles(), EventAction.EDIT, event.phase);
        return Templates.form(EventForm.of(event, clock.zone()), FormErrors.NONE, false);
    }

    @POST
    @Path("{slug}/edit")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("slug") String slug, @BeanParam EventForm form) {
        form.slug = slug;
        EventForm.Parsed parsed = form.parse(clock.zone());
        List<FieldError> errors = merge(parsed.errors(), events.problemsOf(parsed.input(), false));
        if (!errors.isEmpty()) {
            return rejected(Templates.form(form, FormErrors.of(errors, viewer.locale(), LABELS), false));
        }
        try {
            return PageAction.run(() -> events.update(viewer.actor(), slug, parsed.input()))
                    .redirect("/events/" + slug, "flash.event.updated")
                    .orShow(viewer.locale(), LABELS, shown -> Templates.form(form, shown, false))
                    .orFail();
        } catch (DomainException e) {
            if ("stale-version".equals(e.code())) {
                return Flash.redirect("/events/" + slug + "/edit", "flash.error.stale-version");
            }
            throw e;
        }
    }

    @POST
    @Path("{slug}/phase")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePhase(@PathParam("slug") String slug, @RestForm String from, @RestForm String to,
                                @RestForm String reason) {
        EventPhase target = EventPhase.parse(to)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("to", "event.phase.unknown"))));
        EventPhase seen = EventPhase.parse(from)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("from", "event.phase.unknown"))));
        return PageAction.run(() -> events.changePhase(viewer.actor(), slug, seen, target, reason))
                .redirect("/events/" + slug, "flash.event.phase-changed")
                .orShow(viewer.locale(), LABELS, errors -> detailPage(events.get(viewer.actor(), slug), errors,
                        Objects.requireNonNullElse(reason, "")))
                .conflictsTo("/events/" + slug);
    }

    private TemplateInstance detailPage(Event event, FormErrors errors, String reason) {
        List<PhaseChange> changes = PhaseChange.timelineOf(event.id);
        List<PhaseChangeView> timeline = PhaseChangeView.of(changes, people.displayNames(
                changes.stream().map(c -> c.changedBy).filter(Objects::nonNull).collect(Collectors.toSet())));
        Set<String> roles = viewer.roles();
        Permissions can = new Permissions(
                policy.allows(roles, EventAction.EDIT, event.phase),
                policy.allows(roles, EventAction.ADVANCE_PHASE, event.phase) ? event.phase.next().orElse(null) : null,
                policy.allows(roles, EventAction.STEP_BACK_PHASE, event.phase) ? event.phase.previous().orElse(null) : null,
                policy.allows(roles, EventAction.PROPOSE_IDEA, event.phase),
                policy.allows(roles, EventAction.MODERATE_IDEAS, event.phase) || event.phase == EventPhase.CLOSED
                        && viewer.isOrganizer());
        return Templates.detail(event, timeline, can, challenges.themesOf(event.id), errors, reason);
    }

    /** Parse errors win over "required" for the same field: the person typed something. */
    private static List<FieldError> merge(List<FieldError> parseErrors, List<FieldError> ruleErrors) {
        List<FieldError> merged = new ArrayList<>(parseErrors);
        Set<String> parsedFields = parseErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        ruleErrors.stream().filter(e -> !parsedFields.contains(e.field())).forEach(merged::add);
        return merged;
    }

    private static Response rejected(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

}
