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

        static native TemplateInstance capacity(org.semillero.learning.CapacityMap.Picture map, List<Bar> bars, int height,
                                                List<org.semillero.learning.WorkshopQueries.Topic> topics, String year,
                                                String department, String topic);
    }

    private final DashboardService dashboard;
    private final Viewer viewer;

    private final org.semillero.learning.CapacityMap capacity;
    private final org.semillero.learning.WorkshopQueries workshops;

    DashboardPages(DashboardService dashboard, Viewer viewer, org.semillero.learning.CapacityMap capacity,
                   org.semillero.learning.WorkshopQueries workshops) {
        this.capacity = capacity;
        this.workshops = workshops;
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

    /** The capacity map: who has been trained in what, per department; a bar per department's hours. */
    @GET
    @Path("capacity")
    public TemplateInstance capacity(@QueryParam("year") String year, @QueryParam("department") String department,
                                     @QueryParam("topic") String topic) {
        dashboard.requireOffice(viewer.actor());
        org.semillero.learning.CapacityMap.Picture map = capacity.of(YearFilter.parse(year),
                org.semillero.learning.CapacityMap.filter("department", department),
                org.semillero.learning.CapacityMap.filter("topic", topic));
        double max = Math.max(1, map.hours().stream().mapToDouble(org.semillero.learning.CapacityMap.Hours::hours).max().orElse(1));
        java.util.ArrayList<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < map.hours().size(); i++) {
            org.semillero.learning.CapacityMap.Hours h = map.hours().get(i);
            bars.add(new Bar(h.department(), Math.round(h.hours()), null, (int) Math.round(h.hours() * 400.0 / max), i * 36));
        }
        return Templates.capacity(map, bars, bars.size() * 36 + 10, workshops.topics(), year == null ? "" : year,
                department == null ? "" : department, topic == null ? "" : topic);
    }

    @GET
    @Path("capacity.csv")
    @Produces("text/csv")
    public Response capacityCsv(@QueryParam("year") String year, @QueryParam("department") String department,
                                @QueryParam("topic") String topic) {
        dashboard.requireOffice(viewer.actor());
        return Response.ok(Csv.withBom(org.semillero.learning.CapacityMap.csv(capacity.of(YearFilter.parse(year),
                org.semillero.learning.CapacityMap.filter("department", department),
                org.semillero.learning.CapacityMap.filter("topic", topic)))), "text/csv; charset=UTF-8").build();
    }
}
