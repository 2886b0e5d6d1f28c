package org.semillero.vote;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;

@Path("/api/v1/events/{slug}/turnout")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voting")
@SecurityRequirement(name = "SecurityScheme")
public class TurnoutResource {

    private final VoteService votes;
    private final Viewer viewer;

    TurnoutResource(VoteService votes, Viewer viewer) {
        this.votes = votes;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "How many officers voted, by department (organizers); never who voted for what")
    public Turnout get(@PathParam("slug") String slug) {
        return votes.turnout(viewer.actor(), slug);
    }
}
