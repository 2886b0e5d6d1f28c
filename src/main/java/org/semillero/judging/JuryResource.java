package org.semillero.judging;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Inputs;

/** The jury of an event: set-up (organizers), workspace and scores (judges), coverage. */
@Path("/api/v1/events/{slug}/jury")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Jury")
@SecurityRequirement(name = "SecurityScheme")
public class JuryResource {

    private final JuryService jury;
    private final EventService events;
    private final Viewer viewer;

    JuryResource(JuryService jury, EventService events, Viewer viewer) {
        this.jury = jury;
        this.events = events;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The results method, criteria and judges")
    public JuryViews.JurySetupView get(@PathParam("slug") String slug) {
        Event event = events.get(viewer.actor(), slug);
        return new JuryViews.JurySetupView(JuryViews.MethodView.of(event), criteria(slug), jury.judges(viewer.actor(), slug));
    }

    @PUT
    @Path("method")
    @Operation(summary = "Declare how results are computed (organizers, before voting)")
    public JuryViews.MethodView method(@PathParam("slug") String slug, JuryInputs.MethodInput input) {
        return JuryViews.MethodView.of(jury.declareMethod(viewer.actor(), slug, Inputs.body(input)));
    }

    @POST
    @Path("criteria")
    @Operation(summary = "Add a weighted criterion (organizers, before voting); weights must add up to 100 by then")
    @APIResponse(responseCode = "201", description = "Criterion added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JuryViews.CriterionView.class)))
    public Response addCriterion(@PathParam("slug") String slug, JuryInputs.CriterionInput input) {
        Criterion c = jury.addCriterion(viewer.actor(), slug, Inputs.body(input));
        return Response.created(URI.create("/api/v1/events/" + slug + "/jury/criteria/" + c.id))
                .entity(new JuryViews.CriterionView(c.id, c.name, c.description, c.weight)).build();
    }

    @DELETE
    @Path("criteria/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove a criterion (organizers, before voting)")
    @APIResponse(responseCode = "204", description = "Criterion removed")
    public Response removeCriterion(@PathParam("slug") String slug, @PathParam("id") long id) {
        jury.removeCriterion(viewer.actor(), slug, id);
        return Response.noContent().build();
    }

    @POST
    @Path("judges")
    @Operation(summary = "Assign a judge by person id (organizers, before voting)")
    @APIResponse(responseCode = "201", description = "Judge assigned")
    public Response addJudge(@PathParam("slug") String slug, JuryInputs.JudgeInput request) {
        Long person = request == null ? null : request.personId();
        jury.assignJudge(viewer.actor(), slug, person);
        return Response.created(URI.create("/api/v1/events/" + slug + "/jury/judges/" + person)).build();
    }

    @DELETE
    @Path("judges/{personId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove a judge (organizers, before voting)")
    @APIResponse(responseCode = "204", description = "Judge removed")
    public Response removeJudge(@PathParam("slug") String slug, @PathParam("personId") long personId) {
        jury.removeJudge(viewer.actor(), slug, personId);
        return Response.noContent().build();
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Complete scorecards per entry against the minimum (organizers)")
    public List<JuryService.Coverage> coverage(@PathParam("slug") String slug) {
        return jury.coverage(viewer.actor(), slug);
    }

    @GET
    @Path("workspace")
    @Operation(summary = "My entries to score, my own scores only, conflicts and recusals, progress (judges)")
    public JuryService.Workspace workspace(@PathParam("slug") String slug) {
        return jury.workspace(viewer.actor(), slug);
    }

    @PUT
    @Path("scores/{submissionId}")
    @Operation(summary = "Score an entry 1–5 on every criterion: {\"scores\": {criterionId: value}, \"comment\": …}")
    @APIResponse(responseCode = "204", description = "Scores saved")
    public Response score(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                          JuryInputs.ScoreInput request) {
        JuryInputs.ScoreInput body = Inputs.body(request);
        jury.score(viewer.actor(), slug, submissionId, body.scores(), body.comment());
        return Response.noContent().build();
    }

    @POST
    @Path("recusals/{submissionId}")
    @Operation(summary = "Step aside from an entry, with a reason (judges)")
    @APIResponse(responseCode = "201", description = "Recusal recorded")
    public Response recuse(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                           JuryInputs.RecusalInput request) {
        jury.recuse(viewer.actor(), slug, submissionId, request == null ? null : request.reason());
        return Response.created(URI.create("/api/v1/events/" + slug + "/jury/recusals/" + submissionId)).build();
    }

    private List<JuryViews.CriterionView> criteria(String slug) {
        return jury.criteria(viewer.actor(), slug).stream()
                .map(c -> new JuryViews.CriterionView(c.id, c.name, c.description, c.weight)).toList();
    }

}
