package org.semillero.vote;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** The caller's own ballot. Nobody else's choices are ever returned. */
@Path("/api/v1/events/{slug}/ballot")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Voting")
@SecurityRequirement(name = "SecurityScheme")
public class BallotResource {

    private final VoteService votes;
    private final BallotQueries queries;
    private final Viewer viewer;

    BallotResource(VoteService votes, BallotQueries queries, Viewer viewer) {
        this.votes = votes;
        this.queries = queries;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "My ballot: accepted submissions in my own stable random order, my points, points left")
    public VoteViews.BallotView get(@PathParam("slug") String slug) {
        return VoteViews.BallotView.of(votes.ballot(viewer.actor(), slug));
    }

    @GET
    @Path("entries")
    @Operation(summary = "My ballot a page at a time (20 entries, my own order), as the ballot page shows it: search q "
            + "(title, summary, team), challenge and team ids, mine=true for entries I gave points to; cursor from "
            + "next/previous; 'given' lists every entry I gave points to, whatever the filters")
    public VoteViews.BallotPageView entries(@PathParam("slug") String slug, @QueryParam("q") String q,
                                            @QueryParam("challenge") String challenge, @QueryParam("team") String team,
                                            @QueryParam("mine") String mine, @QueryParam("cursor") String cursor) {
        return VoteViews.BallotPageView.of(queries.page(viewer.actor(), slug, BallotQueries.parse(q, challenge, team, mine),
                cursor));
    }

    @PUT
    @Operation(summary = "Replace my whole ballot: {\"votes\": {submissionId: points}}; unnamed entries get 0")
    public VoteViews.BallotView replace(@PathParam("slug") String slug, VoteInputs.BallotInput request) {
        if (request == null || request.votes() == null) {
            throw DomainException.invalid(List.of(FieldError.of("votes", "validation.required")));
        }
        return VoteViews.BallotView.of(votes.replace(viewer.actor(), slug, request.votes()));
    }

    @PUT
    @Path("votes/{submissionId}")
    @Operation(summary = "Set my points on one entry (0 withdraws them)")
    public VoteViews.BallotView vote(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                           VoteInputs.PointsInput request) {
        if (request == null || request.points() == null) {
            throw DomainException.invalid(List.of(FieldError.of("points", "validation.required")));
        }
        return VoteViews.BallotView.of(votes.vote(viewer.actor(), slug, submissionId, request.points()));
    }
}
