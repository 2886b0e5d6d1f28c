package org.semillero.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.semillero.catalogue.CatalogueService;
import org.semillero.catalogue.HotSpots;
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

    /** A line of the trends chart: one funnel step across the quarters. */
    public record Line(String key, String points, String color, String dash, List<Dot> dots) {
    }

    public record Dot(int x, int y, long value) {
    }

    /** An axis label at a position in SVG units. */
    public record Tick(int at, String label) {
    }

    /** A quarter's place along the x axis. */
    public record QuarterTick(int at, Portfolio.QuarterName quarter) {
    }

    public record TrendChart(List<Line> lines, List<QuarterTick> quarters, List<Tick> values) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hotspots(List<HotSpots.HotSpot> spots, List<String> departments,
                                                String department, String channel);

        static native TemplateInstance dashboard(Portfolio portfolio, DashboardService.Options options, List<Bar> funnel,
                                                 int funnelHeight, TrendChart trend, String query);

        static native TemplateInstance capacity(org.semillero.learning.CapacityMap.Picture map, List<Bar> bars, int height,
                                                List<org.semillero.learning.WorkshopQueries.Topic> topics, String year,
                                                String department, String topic);
    }

    /** Colours and dash patterns for the trend lines: told apart by pattern as well as by colour. */
    private static final String[] COLORS = {"#1d5c3a", "#1f4e8c", "#8c2f1f", "#6b4c9a", "#7a5c00"};
    private static final String[] DASHES = {"", "8 4", "3 3", "10 3 2 3", "1 3"};

    private final DashboardService dashboard;
    private final Viewer viewer;

    private final org.semillero.learning.CapacityMap capacity;
    private final org.semillero.learning.WorkshopQueries workshops;

    private final HotSpots hotSpots;
    private final CatalogueService catalogue;

    DashboardPages(DashboardService dashboard, Viewer viewer, org.semillero.learning.CapacityMap capacity,
                   org.semillero.learning.WorkshopQueries workshops, HotSpots hotSpots, CatalogueService catalogue) {
        this.hotSpots = hotSpots;
        this.catalogue = catalogue;
        this.capacity = capacity;
        this.workshops = workshops;
        this.dashboard = dashboard;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show(@BeanParam PortfolioParams params) {
        dashboard.requireOffice(viewer.actor());
        PortfolioFilter filter = params.filter(dashboard.today());
        Portfolio portfolio = dashboard.portfolio(viewer.actor(), filter);
        List<Portfolio.Step> steps = portfolio.funnel();
        long max = Math.max(1, steps.stream().mapToLong(Portfolio.Step::count).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Portfolio.Step s = steps.get(i);
            bars.add(new Bar(s.key(), s.count(), s.conversion(), (int) Math.round(s.count() * 400.0 / max), i * 36));
        }
        return Templates.dashboard(portfolio, dashboard.options(viewer.actor()), bars, steps.size() * 36 + 10,
                trend(portfolio.trends()), filter.toQueryString());
    }

    /** Lines in a 680 × 260 box: quarters along x from 60 to 650, counts along y from 220 (zero) up to 30. */
    static TrendChart trend(List<Portfolio.Quarter> quarters) {
        long max = Math.max(1, quarters.stream().flatMap(q -> q.funnel().stream()).mapToLong(Portfolio.Step::count)
                .max().orElse(1));
        int n = quarters.size();
        List<QuarterTick> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(new QuarterTick(x(i, n), quarters.get(i).quarter()));
        }
        List<Line> lines = new ArrayList<>();
        int steps = n == 0 ? 0 : quarters.get(0).funnel().size();
        for (int s = 0; s < steps; s++) {
            List<Dot> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                long value = quarters.get(i).funnel().get(s).count();
                int y = 220 - (int) Math.round(value * 190.0 / max);
                dots.add(new Dot(x(i, n), y, value));
                points.append(points.isEmpty() ? "" : " ").append(x(i, n)).append(',').append(y);
            }
            lines.add(new Line(quarters.get(0).funnel().get(s).key(), points.toString(), COLORS[s % COLORS.length],
                    DASHES[s % DASHES.length], dots));
        }
        List<Tick> ys = List.of(new Tick(220, "0"), new Tick(30, String.valueOf(max)));
        return new TrendChart(lines, xs, ys);
    }

    private static int x(int i, int n) {
        return n <= 1 ? 60 : 60 + (int) Math.round(i * 590.0 / (n - 1));
    }

    /** One table of the view, with its filters, for the signed-in browser: CSV. */
    @GET
    @Path("export/{table}.csv")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("table") String table, @BeanParam PortfolioParams params) {
        PortfolioExports.Table which = PortfolioExports.Table.of(table);
        return download(which, "csv", Csv.withBom(PortfolioExports.csv(which, dashboard.table(viewer.actor(), params, which))), "text/csv; charset=UTF-8");
    }

    /** One table of the view, with its filters, for the signed-in browser: JSON. */
    @GET
    @Path("export/{table}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson(@PathParam("table") String table, @BeanParam PortfolioParams params) {
        PortfolioExports.Table which = PortfolioExports.Table.of(table);
        return download(which, "json", dashboard.table(viewer.actor(), params, which), MediaType.APPLICATION_JSON);
    }

    private static Response download(PortfolioExports.Table table, String extension, Object body, String type) {
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"portfolio-" + table.slug + "." + extension + "\"").build();
    }

    /** Services ranked by both views, each score explained; organizers start an event's themes from here. */
    @GET
    @Path("hot-spots")
    public TemplateInstance hotSpots(@QueryParam("department") String department, @QueryParam("channel") String channel) {
        return Templates.hotspots(hotSpots.rank(viewer.actor(), department, channel), catalogue.departments(),
                department == null ? "" : department, channel == null ? "" : channel);
    }

    @GET
    @Path("hot-spots.csv")
    @Produces("text/csv")
    public Response hotSpotsCsv(@QueryParam("department") String department, @QueryParam("channel") String channel) {
        return Response.ok(Csv.withBom(HotSpots.csv(hotSpots.rank(viewer.actor(), department, channel))),
                "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"hot-spots.csv\"")
                .build();
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
        List<Bar> bars = new ArrayList<>();
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
