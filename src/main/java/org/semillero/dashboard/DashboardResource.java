package org.semillero.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.YearFilter;

/** The innovation office's portfolio numbers. */
@Path("/api/v1/dashboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
@SecurityRequirement(name = "SecurityScheme")
public class DashboardResource {

    private final DashboardService dashboard;
    private final Viewer viewer;

    private final org.semillero.learning.CapacityMap capacity;

    DashboardResource(DashboardService dashboard, Viewer viewer, org.semillero.learning.CapacityMap capacity) {
        this.capacity = capacity;
        this.dashboard = dashboard;
        this.viewer = viewer;
    }

    @GET
    @Path("capacity")
    @Operation(summary = "The capacity map: officers trained by department and topic (last 12 months or a year), hours, "
            + "attendance and feedback; filters year, department, topic")
    public org.semillero.learning.CapacityMap.Picture capacity(@QueryParam("year") String year,
                                                               @QueryParam("department") String department,
                                                               @QueryParam("topic") String topic) {
        dashboard.requireOffice(viewer.actor());
        return capacity.of(YearFilter.parse(year), org.semillero.learning.CapacityMap.filter("department", department),
                org.semillero.learning.CapacityMap.filter("topic", topic));
    }

    @GET
    @Path("funnel")
    @Operation(summary = "Challenges → ideas → submissions → projects → delivered, with conversion rates; filters event, department, year")
    public List<DashboardService.Step> funnel(@QueryParam("event") String event, @QueryParam("department") String department,
                                             @QueryParam("year") String year) {
        return dashboard.funnel(viewer.actor(), new DashboardService.Filter(event, department, YearFilter.parse(year)));
    }

    @GET
    @Path("funnel.csv")
    @Produces("text/csv")
    @Operation(summary = "The funnel as CSV")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), one row per funnel step",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response funnelCsv(@QueryParam("event") String event, @QueryParam("department") String department,
                              @QueryParam("year") String year) {
        return Response.ok(Csv.withBom(DashboardService.funnelCsv(dashboard.funnel(viewer.actor(),
                new DashboardService.Filter(event, department, YearFilter.parse(year))))), "text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("stages")
    @Operation(summary = "Projects by stage, with the average days spent in the current stage")
    public List<DashboardService.StageCount> stages(@QueryParam("event") String event,
                                                   @QueryParam("department") String department,
                                                   @QueryParam("year") String year) {
        return dashboard.stages(viewer.actor(), new DashboardService.Filter(event, department, YearFilter.parse(year)));
    }

    @GET
    @Path("participation")
    @Operation(summary = "Per department: officers who took part / officers seen")
    public List<DashboardService.DepartmentShare> participation() {
        return dashboard.participation(viewer.actor());
    }

    @GET
    @Path("stale")
    @Operation(summary = "Projects under way with no activity for 30 days")
    public List<DashboardService.Stale> stale(@QueryParam("event") String event,
                                             @QueryParam("department") String department,
                                             @QueryParam("year") String year) {
        return dashboard.stale(viewer.actor(), new DashboardService.Filter(event, department, YearFilter.parse(year)));
    }
}
