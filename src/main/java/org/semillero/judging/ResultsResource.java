package org.semillero.judging;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;

/** Published results, their verification, awards and exports. */
@Path("/api/v1/events/{slug}/results")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@SecurityRequirement(name = "SecurityScheme")
public class ResultsResource {

    private final ResultsService results;
    private final Viewer viewer;

    ResultsResource(ResultsService results, Viewer viewer) {
        this.results = results;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The published ranking with every component (RESULTS and CLOSED)")
    public ResultsService.Published get(@PathParam("slug") String slug) {
        return results.published(viewer.actor(), slug);
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute from the stored inputs, compare with what was published and with the live votes and scores")
    public ResultsService.Verification verify(@PathParam("slug") String slug) {
        return results.verify(viewer.actor(), slug);
    }

    @PUT
    @Path("awards/{submissionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark WINNER or MENTION (organizers, during RESULTS); null clears")
    @APIResponse(responseCode = "204", description = "Award set")
    public Response award(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                          JuryInputs.AwardInput request) {
        results.award(viewer.actor(), slug, submissionId, request == null ? null : request.kind());
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The ranking as CSV")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), one row per ranked entry",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("slug") String slug) {
        return Response.ok(Csv.withBom(results.published(viewer.actor(), slug).csv()), "text/csv; charset=UTF-8")
                .build();
    }

    @GET
    @Path("judge-scores.csv")
    @Produces("text/csv")
    @Operation(summary = "Every judge's scores (organizers, after results are published)")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), one row per judge, entry and criterion",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response judgeScores(@PathParam("slug") String slug) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("judge", "submission", "criterion", "score", "comment")));
        for (Object[] row : results.judgeScores(viewer.actor(), slug)) {
            csv.append(Csv.line(List.of((String) row[0], (String) row[1], (String) row[2], String.valueOf(row[3]),
                    (String) row[4])));
        }
        return Response.ok(Csv.withBom(csv.toString()), "text/csv; charset=UTF-8").build();
    }
}
