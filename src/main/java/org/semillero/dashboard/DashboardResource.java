package org.semillero.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.semillero.catalogue.HotSpots;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.YearFilter;

/** The innovation office's portfolio numbers. */
@Path("/api/v1/dashboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
@SecurityRequirement(name = "SecurityScheme")
@SuppressWarnings("unchecked")
public class DashboardResource {

    private final DashboardService dashboard;
    private final Viewer viewer;

    private final org.semillero.learning.CapacityMap capacity;

    private final HotSpots hotSpots;

    DashboardResource(DashboardService dashboard, Viewer viewer, org.semillero.learning.CapacityMap capacity,
                      HotSpots hotSpots) {
        this.capacity = capacity;
        this.hotSpots = hotSpots;
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
    @Operation(summary = "The cohort funnel: challenges (or ideas) created in the period and how many of them reached "
            + "each later step (ideas, entries, projects, delivered); every conversion is at most 100 %")
    public List<Portfolio.Step> funnel(@BeanParam PortfolioParams params) {
        return (List<Portfolio.Step>) table(PortfolioExports.Table.FUNNEL, params);
    }

    @GET
    @Path("activity")
    @Operation(summary = "Activity in the period: challenges, ideas, final entries, promotions and deliveries, each "
            + "counted on its own (not a funnel)")
    public List<Portfolio.Count> activity(@BeanParam PortfolioParams params) {
        return (List<Portfolio.Count>) table(PortfolioExports.Table.ACTIVITY, params);
    }

    @GET
    @Path("lead-times")
    @Operation(summary = "Median and 80th percentile days: challenge to first idea, idea to entry, results to "
            + "promotion, promotion to delivered; pairs chosen by when they started")
    public List<Portfolio.LeadTime> leadTimes(@BeanParam PortfolioParams params) {
        return (List<Portfolio.LeadTime>) table(PortfolioExports.Table.LEAD_TIMES, params);
    }

    @GET
    @Path("stages")
    @Operation(summary = "Projects per stage now, and the days spent in each stage from the stage history (median "
            + "and 80th percentile; revisits add up, projects still there count to today)")
    public List<Portfolio.StageTime> stages(@BeanParam PortfolioParams params) {
        return (List<Portfolio.StageTime>) table(PortfolioExports.Table.STAGES, params);
    }

    @GET
    @Path("trends")
    @Operation(summary = "The cohort funnel and the median lead times per quarter, the last eight quarters")
    public List<Portfolio.Quarter> trends(@BeanParam PortfolioParams params) {
        return (List<Portfolio.Quarter>) table(PortfolioExports.Table.TRENDS, params);
    }

    @GET
    @Path("participation")
    @Operation(summary = "Per department (\"-\" and departmentNotSet for people without one): people who took part in "
            + "the filtered activity / people")
    public List<Portfolio.DepartmentShare> participation(@BeanParam PortfolioParams params) {
        return (List<Portfolio.DepartmentShare>) table(PortfolioExports.Table.PARTICIPATION, params);
    }

    @GET
    @Path("stale")
    @Operation(summary = "Projects under way with no activity for 30 days; filters event and department")
    public List<Portfolio.Stale> stale(@BeanParam PortfolioParams params) {
        return (List<Portfolio.Stale>) table(PortfolioExports.Table.STALE, params);
    }

    @GET
    @Path("{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "Any dashboard table as CSV with the same filters: funnel, activity, lead-times, stages, "
            + "trends, participation, stale")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), a header row of stable column names",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("table") String table, @BeanParam PortfolioParams params) {
        dashboard.requireOffice(viewer.actor());
        PortfolioExports.Table which = PortfolioExports.Table.of(table);
        return Response.ok(Csv.withBom(PortfolioExports.csv(which, table(which, params))),
                "text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("hot-spots")
    @Operation(summary = "Services ranked by both views (innovation office and organizers): score = 100 × (0.5 × "
            + "officers' open challenges and +1s + 0.3 × complaints of the last three months + 0.2 × their rise), "
            + "each part normalised; filters department and channel")
    public List<HotSpots.HotSpot> hotSpots(@QueryParam("department") String department,
                                           @QueryParam("channel") String channel) {
        return hotSpots.rank(viewer.actor(), department, channel);
    }

    @GET
    @Path("hot-spots.csv")
    @Produces("text/csv")
    @Operation(summary = "The hot spots as CSV, with the same filters")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), a header row of stable column names",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response hotSpotsCsv(@QueryParam("department") String department, @QueryParam("channel") String channel) {
        return Response.ok(Csv.withBom(HotSpots.csv(hotSpots.rank(viewer.actor(), department, channel))),
                "text/csv; charset=UTF-8").build();
    }

    private List<?> table(PortfolioExports.Table table, PortfolioParams params) {
        return dashboard.table(viewer.actor(), params, table);
    }
}
