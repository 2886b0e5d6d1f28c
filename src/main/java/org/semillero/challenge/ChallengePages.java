package org.semillero.challenge;

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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.comment.CommentService;
import org.semillero.comment.CommentTarget;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** Challenge pages: list with search, record, detail with +1, review, themes and comments. */
@Path("/challenges")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChallengePages {

    static final int PAGE_SIZE = 20;
    private static final String LABELS = "challenge.field.";

    /** What the detail page offers this person. */
    public record Can(boolean support, boolean supported, boolean review, boolean merge, List<Event> attachTo) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ChallengeService.Page result, String q, String status);

        static native TemplateInstance form(ChallengeForm form, FormErrors errors);

        static native TemplateInstance detail(Challenge challenge, String author, List<Event> events, Can can,
                                              List<CommentService.View> comments, FormErrors errors);
    }

    private final ChallengeService challenges;
    private final CommentService comments;
    private final EventService events;
    private final EventPolicy eventPolicy;
    private final PersonService people;
    private final Viewer viewer;

    ChallengePages(ChallengeService challenges, CommentService comments, EventService events, EventPolicy eventPolicy,
                   PersonService people, Viewer viewer) {
        this.challenges = challenges;
        this.comments = comments;
        this.events = events;
        this.eventPolicy = eventPolicy;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
                                 @QueryParam("cursor") String cursor) {
        ChallengeStatus wanted = ChallengeStatus.filter(status);
        ChallengeService.Page result = challenges.list(wanted, q, cursor, PAGE_SIZE);
        return Templates.list(result, q == null ? "" : q, wanted == null ? "" : wanted.name());
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.form(new ChallengeForm(), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ChallengeForm form) {
        ChallengeForm.Parsed parsed = form.parse(viewer.locale());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Set<String> typed = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        challenges.problemsOf(parsed.input()).stream().filter(e -> !typed.contains(e.field())).forEach(errors::add);
        if (errors.isEmpty()) {
            Challenge challenge = challenges.record(viewer.actor(), parsed.input());
            return Flash.redirect("/challenges/" + challenge.id, "flash.challenge.recorded");
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.form(form, FormErrors.of(errors, viewer.locale(), LABELS))).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(challenges.get(id), FormErrors.NONE);
    }

    @POST
    @Path("{id}/support")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response support(@PathParam("id") long id) {
        return act(id, () -> challenges.support(viewer.actor(), id), "flash.challenge.supported");
    }

    @POST
    @Path("{id}/unsupport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawSupport(@PathParam("id") long id) {
        return act(id, () -> challenges.withdrawSupport(viewer.actor(), id), "flash.challenge.unsupported");
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @RestForm String action, @RestForm String reason,
                           @RestForm String into) {
        return act(id, () -> {
            switch (action == null ? "" : action) {
                case "ACCEPT" -> challenges.accept(viewer.actor(), id);
                case "DECLINE" -> challenges.decline(viewer.actor(), id, reason);
                case "MERGE" -> challenges.merge(viewer.actor(), id, parseId("into", into));
                default -> throw DomainException.invalid(List.of(FieldError.of("action", "challenge.action.unknown")));
            }
        }, "flash.challenge.reviewed");
    }

    @POST
    @Path("{id}/attach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@PathParam("id") long id, @RestForm String event) {
        return act(id, () -> {
            if (event == null || event.isBlank()) {
                throw DomainException.invalid(List.of(FieldError.of("event", "validation.required")));
            }
            challenges.attach(viewer.actor(), event, id);
        }, "flash.challenge.attached");
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") long id, @RestForm String body, @RestForm String parentId) {
        return act(id, () -> comments.add(viewer.actor(), CommentTarget.challenge(id), parseOptionalId(parentId), body),
                "flash.comment.posted");
    }

    /** Runs one action; rule refusals come back to the page as a message, input errors in place. */
    private Response act(long id, Runnable action, String success) {
        return PageAction.run(action).redirect("/challenges/" + id, success)
                .orShow(viewer.locale(), LABELS, errors -> detailPage(challenges.get(id), errors))
                .conflictsTo("/challenges/" + id);
    }

    private TemplateInstance detailPage(Challenge challenge, FormErrors errors) {
        boolean organizer = viewer.isOrganizer();
        boolean open = challenge.status == ChallengeStatus.OPEN || challenge.status == ChallengeStatus.ACCEPTED;
        List<Event> attachTo = organizer && challenge.status == ChallengeStatus.ACCEPTED
                ? events.list(viewer.actor(), 0, 100).items().stream()
                        .filter(e -> eventPolicy.allows(viewer.roles(), EventAction.MANAGE_THEMES, e.phase))
                        .filter(e -> !challenges.isThemeOf(e.id, challenge.id)).toList()
                : List.of();
        List<Event> themeOf = Event.list("id in (select ec.eventId from EventChallenge ec where ec.challengeId = ?1)"
                + " order by ideationStartsAt desc", challenge.id);
        themeOf = themeOf.stream().filter(e -> eventPolicy.allows(viewer.roles(), EventAction.VIEW, e.phase)).toList();
        Can can = new Can(open && challenge.authorId != viewer.id(), challenges.supports(viewer.id(), challenge.id),
                organizer && challenge.status == ChallengeStatus.OPEN, organizer && open, attachTo);
        String author = people.displayNames(List.of(challenge.authorId)).getOrDefault(challenge.authorId, "");
        return Templates.detail(challenge, author, themeOf, can,
                comments.thread(viewer.actor(), CommentTarget.challenge(challenge.id)), errors);
    }

    static Long parseOptionalId(String value) {
        return value == null || value.isBlank() ? null : parseId("parentId", value);
    }

    static Long parseId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.required")));
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "validation.number", Map.of())));
        }
    }
}
