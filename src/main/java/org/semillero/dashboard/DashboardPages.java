package org.semillero.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.YearFilter;

/** The portfolio dashboard: server-drawn bars, every number also in a table. */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** A bar of the funnel chart, with its width precomputed in SVG units. */
    public record Bar(String key, long count, Double conversion, int width, int y) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Bar> funnel, List<DashboardService.StageCount> stages,
                                                 List<DashboardService.DepartmentShare> participation,
                                                 List<DashboardService.Stale> stale, String event, String department,
                                                 String year);
    }

    private final DashboardService dashboard;
    private final Viewer viewer;

    DashboardPages(DashboardService dashboard, Viewer viewer) {
        this.dashboard = dashboard;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show(@QueryParam("event") String event, @QueryParam("department") String department,
                                 @QueryParam("year") String year) {
        Integer y = YearFilter.parse(year);
        DashboardService.Filter filter = new DashboardService.Filter(event, department, y);
        List<DashboardService.Step> steps = dashboard.funnel(viewer.actor(), filter);
        long max = Math.max(1, steps.stream().mapToLong(DashboardService.Step::count).max().orElse(1));
        java.util.ArrayList<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DashboardService.Step s = steps.get(i);
            bars.add(new Bar(s.key(), s.count(), s.conversion(), (int) Math.round(s.count() * 400.0 / max), i * 36));
        }
        return Templates.dashboard(bars, dashboard.stages(viewer.actor(), filter), dashboard.participation(viewer.actor()),
                dashboard.stale(viewer.actor(), filter), event == null ? "" : event, department == null ? "" : department,
                year == null ? "" : year);
    }

    /** The funnel as CSV for the signed-in browser, with the page's filters. */
    @GET
    @Path("funnel.csv")
    @Produces("text/csv")
    public Response funnelCsv(@QueryParam("event") String event, @QueryParam("department") String department,
                              @QueryParam("year") String year) {
        return Response.ok(Csv.withBom(DashboardService.funnelCsv(dashboard.funnel(viewer.actor(),
                new DashboardService.Filter(event, department, YearFilter.parse(year))))), "text/csv; charset=UTF-8").build();
    }
}
