package org.semillero.team;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.team.TeamViews.SubmissionView;

/** Organizers review final submissions: accept for the ballot, or return with a comment. */
@Path("/api/v1/submissions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final Viewer viewer;

    SubmissionResource(SubmissionService submissions, Viewer viewer) {
        this.submissions = submissions;
        this.viewer = viewer;
    }

    @RolesAllowed(Roles.ORGANIZER)
    @POST
    @Path("{id}/review")
    @Operation(summary = "Accept for voting, or return with a comment (organizers)")
    public SubmissionView review(@PathParam("id") long id, TeamInputs.ReviewInput request) {
        if (request == null || request.accept() == null) {
            throw DomainException.invalid(List.of(FieldError.of("accept", "validation.required")));
        }
        return SubmissionView.of(submissions.review(viewer.actor(), id, request.accept(), request.comment()));
    }
}
