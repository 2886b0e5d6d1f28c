package org.semillero.idea;

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
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeService;
import org.semillero.comment.CommentService;
import org.semillero.comment.CommentTarget;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** Idea pages: browse and search, propose (with similar ideas), detail, edit, moderation, export. */
@Path("/ideas")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IdeaPages {

    private static final String LABELS = "idea.field.";

    /** A place an idea can go: the idea box, or a theme of an event in ideation. */
    public record Placement(String value, String label) {
    }

    /** What the detail page offers this person. */
    public record Can(boolean edit, boolean submit, boolean withdraw, boolean shortlist, boolean decline,
                      boolean merge, boolean support, boolean supported, boolean answerInvitation, boolean comment) {
    }

    /** The co-authors ticked in the form, and people found by the form's search to tick. */
    public record Coauthors(List<PersonService.Choice> chosen, List<PersonService.Choice> found) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(IdeaSearchService.Page result, IdeaCriteria criteria, Map<Long, String> slugs,
                                            List<Event> events, boolean canExport);

        static native TemplateInstance form(IdeaForm form, FormErrors errors, List<Placement> placements,
                                            List<Idea> similar, boolean checked, Long ideaId, Coauthors coauthors);

        static native TemplateInstance detail(Idea idea, String author, List<IdeaService.Coauthor> coauthors,
                                              Event event, Challenge challenge, Can can, List<Idea> similar,
                                              List<IdeaViews.VersionView> versions,
                                              List<CommentService.View> comments, FormErrors errors);
    }

    private final IdeaService ideas;
    private final IdeaQueries queries;
    private final ChallengeService challenges;
    private final CommentService comments;
    private final PersonService people;
    private final Viewer viewer;

    private final IdeaSearchService finder;

    private final org.semillero.idea.IdeaLifecycleService lifecycle;

    private final org.semillero.idea.IdeaCoauthorService coauthorship;

    IdeaPages(IdeaService ideas, IdeaQueries queries, ChallengeService challenges, CommentService comments,
              PersonService people, Viewer viewer, IdeaSearchService finder, org.semillero.idea.IdeaLifecycleService lifecycle, org.semillero.idea.IdeaCoauthorService coauthorship) {
        this.coauthorship = coauthorship;
        this.lifecycle = lifecycle;
        this.finder = finder;
        this.ideas = ideas;
        this.queries = queries;
        this.challenges = challenges;
        this.comments = comments;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("event") String event,
                                 @QueryParam("challenge") String challenge, @QueryParam("state") String state,
                                 @QueryParam("tag") String tag, @QueryParam("department") String department,
                                 @QueryParam("sort") String sort, @QueryParam("cursor") String cursor) {
        IdeaCriteria criteria = queries.criteria(q, event, challenge, state, tag, department, sort, cursor, null);
        IdeaSearchService.Page result = finder.search(viewer.actor(), criteria);
        List<Event> events = Event.list("phase <> ?1 order by ideationStartsAt desc", EventPhase.DRAFT);
        return Templates.list(result, criteria, queries.eventSlugs(result.items()), events, viewer.isOrganizer());
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@QueryParam("event") String event, @QueryParam("challenge") String challenge) {
        IdeaForm form = new IdeaForm();
        if (event != null && challenge != null) {
            form.placement = event + ":" + challenge;
        }
        return Templates.form(form, FormErrors.NONE, placements(), List.of(), false, null, coauthors(form, false));
    }

    /** "check" shows similar ideas and writes nothing; "draft" and "submit" create the idea. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam IdeaForm form, @RestForm String action) {
        IdeaInputs.IdeaInput input = form.toInput();
        if ("check".equals(action) || "find".equals(action)) {
            return Response.ok(Templates.form(form, FormErrors.NONE, placements(),
                    finder.similar(viewer.actor(), form.title, form.problem, null, 5), "check".equals(action), null,
                    coauthors(form, "find".equals(action)))).build();
        }
        return PageAction.of(() -> ideas.propose(viewer.actor(), input, "submit".equals(action)))
                .redirect((Idea idea) -> "/ideas/" + idea.id,
                        "submit".equals(action) ? "flash.idea.submitted" : "flash.idea.drafted")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, placements(),
                        finder.similar(viewer.actor(), form.title, form.problem, null, 5), true, null, coauthors(form, false)))
                .orFail();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(ideas.get(viewer.actor(), id), FormErrors.NONE);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Idea idea = ideas.get(viewer.actor(), id);
        if (!ideas.may(viewer.actor(), idea, IdeaAction.EDIT)) {
            throw DomainException.forbidden("idea-action-forbidden");
        }
        IdeaForm form = IdeaForm.of(idea, coauthorIds(idea));
        return Templates.form(form, FormErrors.NONE, List.of(), List.of(), true, id, coauthors(form, false));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam IdeaForm form, @RestForm String action) {
        if ("find".equals(action)) {
            return Response.ok(Templates.form(form, FormErrors.NONE, List.of(), List.of(), true, id,
                    coauthors(form, true))).build();
        }
        try {
            return PageAction.run(() -> ideas.update(viewer.actor(), id, form.toInput()))
                    .redirect("/ideas/" + id, "flash.idea.saved")
                    .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, List.of(), List.of(), true, id,
                            coauthors(form, false)))
                    .orFail();
        } catch (DomainException e) {
            if ("stale-version".equals(e.code())) {
                return Flash.redirect("/ideas/" + id + "/edit", "flash.error.stale-idea");
            }
            throw e;
        }
    }

    @POST
    @Path("{id}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @RestForm String action, @RestForm String reason,
                               @RestForm String into) {
        return act(id, () -> {
            IdeaAction chosen = IdeaAction.parse(action)
                    .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("action", "idea.action.unknown"))));
            Long target = null;
            if (chosen == IdeaAction.MERGE) {
                target = parseId(into);
            }
            Idea result = lifecycle.transition(viewer.actor(), id, chosen, reason, target);
            return "/ideas/" + result.id;
        }, "flash.idea." + IdeaAction.parse(action).map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).orElse("changed"));
    }

    @POST
    @Path("{id}/support")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response support(@PathParam("id") long id) {
        return act(id, () -> "/ideas/" + ideas.support(viewer.actor(), id).idea().id, "flash.idea.supported");
    }

    @POST
    @Path("{id}/unsupport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawSupport(@PathParam("id") long id) {
        return act(id, () -> "/ideas/" + ideas.withdrawSupport(viewer.actor(), id).id, "flash.idea.unsupported");
    }

    @POST
    @Path("{id}/coauthorship")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @RestForm String accept) {
        return act(id, () -> "/ideas/" + coauthorship.answerInvitation(viewer.actor(), id, "true".equals(accept)).id,
                "flash.idea.invitation-answered");
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") long id, @RestForm String body, @RestForm String parentId) {
        return act(id, () -> {
            comments.add(viewer.actor(), CommentTarget.idea(id),
                    parentId == null || parentId.isBlank() ? null : parseId(parentId), body);
            return "/ideas/" + id;
        }, "flash.comment.posted");
    }

    /** An event's ideas as CSV for organizers: UTF-8 with a byte-order mark so spreadsheets keep accents. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("event") String event) {
        if (event == null || event.isBlank()) {
            throw DomainException.invalid(List.of(FieldError.of("event", "validation.required")));
        }
        List<Idea> rows = ideas.ofEvent(viewer.actor(), event.strip());
        Map<Long, String> names = people.displayNames(rows.stream().map(i -> i.authorId).collect(Collectors.toSet()));
        return Response.ok(Csv.withBom(IdeaCsv.write(rows, names)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ideas-" + event.strip() + ".csv\"").build();
    }

    private interface Action {
        String run();
    }

    private Response act(long id, Action action, String success) {
        return PageAction.of(action::run).redirect((String path) -> path, success)
                .orShow(viewer.locale(), LABELS, errors -> detailPage(ideas.get(viewer.actor(), id), errors))
                .conflictsTo("/ideas/" + id);
    }

    private TemplateInstance detailPage(Idea idea, FormErrors errors) {
        var actor = viewer.actor();
        boolean supported = ideas.supports(actor.personId(), idea.id);
        List<IdeaService.Coauthor> coauthors = coauthorship.coauthorsOf(idea.id);
        boolean invited = coauthors.stream().anyMatch(c -> c.personId() == actor.personId() && "INVITED".equals(c.status()));
        Set<IdeaAction> allowed = ideas.allowedActions(actor, idea);
        Can can = new Can(allowed.contains(IdeaAction.EDIT), allowed.contains(IdeaAction.SUBMIT),
                allowed.contains(IdeaAction.WITHDRAW), allowed.contains(IdeaAction.SHORTLIST),
                allowed.contains(IdeaAction.DECLINE), allowed.contains(IdeaAction.MERGE),
                !supported && allowed.contains(IdeaAction.SUPPORT),
                supported && allowed.contains(IdeaAction.SUPPORT), invited,
                allowed.contains(IdeaAction.COMMENT));
        Event event = idea.eventId == null ? null : Event.findById(idea.eventId);
        Challenge challenge = idea.challengeId == null ? null : challenges.get(idea.challengeId);
        List<IdeaVersion> versions = IdeaVersion.of(idea.id);
        java.util.Set<Long> editors = versions.stream().map(v -> v.editedBy).collect(Collectors.toSet());
        editors.add(idea.authorId);
        Map<Long, String> names = people.displayNames(editors);
        List<IdeaViews.VersionView> versionViews = versions.stream()
                .map(v -> new IdeaViews.VersionView(v.number, names.get(v.editedBy), v.editedAt, v.changes)).toList();
        List<Idea> similar = idea.state == IdeaState.DRAFT ? finder.similar(viewer.actor(), idea.title, idea.problem, idea.id, 5) : List.of();
        return Templates.detail(idea, names.get(idea.authorId), coauthors, event, challenge, can, similar,
                versionViews, comments.thread(actor, CommentTarget.idea(idea.id)), errors);
    }

    /** The idea box, and every theme of the events now in ideation. */
    private List<Placement> placements() {
        List<Placement> placements = new ArrayList<>();
        placements.add(new Placement("box", ""));
        for (Event event : Event.<Event>list("phase = ?1 order by title", EventPhase.IDEATION)) {
            for (Challenge theme : challenges.themesOf(event.id)) {
                placements.add(new Placement(event.slug + ":" + theme.id, event.title + " — " + theme.title));
            }
        }
        return placements;
    }

    private List<Long> coauthorIds(Idea idea) {
        return coauthorship.coauthorsOf(idea.id).stream().filter(c -> !"DECLINED".equals(c.status()))
                .map(IdeaService.Coauthor::personId).toList();
    }

    /** Names for the ticked ids and, when the person searched, the people found (not yet ticked, not me). */
    private Coauthors coauthors(IdeaForm form, boolean searched) {
        List<Long> ids = form.coauthors();
        List<PersonService.Choice> found = searched ? people.search(form.coauthorQuery, 20).stream()
                .filter(c -> !ids.contains(c.id()) && c.id() != viewer.id()).toList() : List.of();
        return new Coauthors(people.choices(ids), found);
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of("into", "validation.number")));
        }
    }

    private static Response rejected(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
