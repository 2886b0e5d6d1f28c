package org.semillero.idea;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.comment.CommentTarget;
import org.semillero.comment.CommentThreadResource;
import org.semillero.comment.CommentThreads;
import org.semillero.event.Event;
import org.semillero.idea.IdeaViews.IdeaPage;
import org.semillero.idea.IdeaViews.IdeaSummary;
import org.semillero.idea.IdeaViews.IdeaView;
import org.semillero.idea.IdeaViews.InvitationAnswer;
import org.semillero.idea.IdeaViews.VersionView;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;

@Path("/api/v1/ideas")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas")
@SecurityRequirement(name = "SecurityScheme")
public class IdeaResource {

    private final IdeaService ideas;
    private final IdeaQueries queries;
    private final CommentThreads threads;
    private final PersonService people;
    private final Viewer viewer;

    private final IdeaSearchService finder;

    private final org.semillero.idea.IdeaLifecycleService lifecycle;

    private final org.semillero.idea.IdeaCoauthorService coauthorship;

    IdeaResource(IdeaService ideas, IdeaQueries queries, CommentThreads threads, PersonService people, Viewer viewer, IdeaSearchService finder, org.semillero.idea.IdeaLifecycleService lifecycle, org.semillero.idea.IdeaCoauthorService coauthorship) {
        this.coauthorship = coauthorship;
        this.lifecycle = lifecycle;
        this.finder = finder;
        this.ideas = ideas;
        this.queries = queries;
        this.threads = threads;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Search and browse published ideas: q, event, challenge, state, tag, department, "
            + "sort (relevance, newest, supported, commented), cursor, size",
            description = "Pages of `size` (1–100, default 20) in a stable order: `next` is the cursor of the "
                    + "following page (also a Link header with rel=\"next\"); ideas added meanwhile never repeat "
                    + "or hide others. `total` is given on the first page.")
    @APIResponse(responseCode = "200", description = "A page of ideas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaPage.class)))
    public Response search(@QueryParam("q") String q, @QueryParam("event") String event,
                           @QueryParam("challenge") String challenge, @QueryParam("state") String state,
                           @QueryParam("tag") String tag, @QueryParam("department") String department,
                           @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
                           @QueryParam("size") String size, @Context UriInfo uri) {
        IdeaCriteria criteria = queries.criteria(q, event, challenge, state, tag, department, sort, cursor, size);
        IdeaSearchService.Page result = finder.search(viewer.actor(), criteria);
        Map<Long, String> slugs = queries.eventSlugs(result.items());
        return Keyset.page(new IdeaPage(result.items().stream().map(i -> IdeaSummary.of(i, slugs.get(i.eventId))).toList(),
                result.size(), result.total(), result.next()), result.next(), uri);
    }

    @GET
    @Path("similar")
    @Operation(summary = "Search before you propose: published ideas most like this title and problem")
    public List<IdeaSummary> similar(@QueryParam("title") String title, @QueryParam("problem") String problem) {
        List<Idea> found = finder.similar(viewer.actor(), title, problem, null, 5);
        Map<Long, String> slugs = queries.eventSlugs(found);
        return found.stream().map(i -> IdeaSummary.of(i, slugs.get(i.eventId))).toList();
    }

    @POST
    @Operation(summary = "Propose an idea, as a draft or submitted at once (submit=true)")
    @APIResponse(responseCode = "201", description = "Idea created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    public Response create(IdeaInputs.IdeaInput input, @QueryParam("submit") boolean submit) {
        Idea idea = ideas.propose(viewer.actor(), Inputs.body(input), submit);
        return Response.created(URI.create("/api/v1/ideas/" + idea.id)).entity(view(idea)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One idea")
    public IdeaView get(@PathParam("id") long id) {
        return view(ideas.get(viewer.actor(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit (author or accepted co-author; DRAFT or SUBMITTED; send the version you read)")
    public IdeaView update(@PathParam("id") long id, IdeaInputs.IdeaInput input) {
        return view(ideas.update(viewer.actor(), id, Inputs.body(input)));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "SUBMIT or WITHDRAW (author); SHORTLIST, DECLINE with reason, MERGE into (organizers)")
    public IdeaView transition(@PathParam("id") long id, IdeaInputs.TransitionInput request) {
        if (request == null || request.action() == null) {
            throw DomainException.invalid(List.of(FieldError.of("action", "validation.required")));
        }
        IdeaAction action = IdeaAction.parse(request.action())
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("action", "idea.action.unknown"))));
        return view(lifecycle.transition(viewer.actor(), id, action, request.reason(), request.into()));
    }

    @POST
    @Path("{id}/supports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Support an idea (idempotent; not your own; not declined, merged or withdrawn)")
    @APIResponse(responseCode = "201", description = "Support given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    @APIResponse(responseCode = "200", description = "You already supported it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    public Response support(@PathParam("id") long id) {
        // Whether this call added the support is the database's answer, so of several requests
        // at once exactly one is 201 and the others 200.
        IdeaService.Support support = ideas.support(viewer.actor(), id);
        IdeaView view = view(support.idea());
        return (!support.added() ? Response.ok() : Response.created(URI.create("/api/v1/ideas/" + id + "/supports/me")))
                .entity(view).build();
    }

    @DELETE
    @Path("{id}/supports/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw my support")
    public IdeaView withdrawSupport(@PathParam("id") long id) {
        return view(ideas.withdrawSupport(viewer.actor(), id));
    }

    @POST
    @Path("{id}/coauthorship")
    @Operation(summary = "Answer an invitation to co-author: {\"accept\": true|false}")
    public IdeaView answer(@PathParam("id") long id, InvitationAnswer answer) {
        if (answer == null || answer.accept() == null) {
            throw DomainException.invalid(List.of(FieldError.of("accept", "validation.required")));
        }
        return view(coauthorship.answerInvitation(viewer.actor(), id, answer.accept()));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every saved version, newest first: who, when, what changed")
    public List<VersionView> versions(@PathParam("id") long id) {
        List<IdeaVersion> versions = ideas.versions(viewer.actor(), id);
        Map<Long, String> names = people.displayNames(versions.stream().map(v -> v.editedBy).collect(Collectors.toSet()));
        return versions.stream().map(v -> new VersionView(v.number, names.get(v.editedBy), v.editedAt, v.changes))
                .toList();
    }

    @Path("{id}/comments")
    public CommentThreadResource comments(@PathParam("id") long id) {
        return threads.of(CommentTarget.idea(id));
    }

    private IdeaView view(Idea idea) {
        List<IdeaService.Coauthor> coauthors = coauthorship.coauthorsOf(idea.id);
        String eventSlug = idea.eventId == null ? null : Event.<Event>findById(idea.eventId).slug;
        return new IdeaView(idea.id, idea.title, idea.problem, idea.solution, idea.benefitCitizens,
                idea.benefitOfficers, idea.service, idea.department, List.copyOf(idea.tags), eventSlug,
                idea.challengeId, idea.state, idea.declineReason, idea.mergedInto,
                people.displayNames(List.of(idea.authorId)).get(idea.authorId),
                coauthors.stream().filter(c -> "ACCEPTED".equals(c.status())).map(IdeaService.Coauthor::name).toList(),
                idea.supportCount, ideas.supports(viewer.id(), idea.id), idea.commentCount, idea.version,
                idea.createdAt, idea.updatedAt);
    }

}
