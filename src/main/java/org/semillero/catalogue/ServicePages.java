package org.semillero.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** The catalogue as pages: the list, a service's two views side by side, the office's upkeep. */
@Path("/services")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ServicePages {

    static final String LABELS = "service.field.";

    /** The list's filters as typed. */
    public record Filters(String q, String department, String channel, String active) {
    }

    /** A service's form as typed. */
    public record Form(String code, String name, String description, String department, List<String> channels,
                       String link, boolean active) {

        public boolean has(Channel channel) {
            return channels.contains(channel.name());
        }
    }

    /** A line of an import's report, already in the reader's language. */
    public record ReportLine(int line, String text, boolean error) {
    }

    /** One measure's small chart: a polyline in a 300 × 120 box, month ticks and project markers. */
    public record Chart(ServiceDetails.Trend trend, String points, List<Dot> dots, List<Marker> markers, BigDecimal max) {
    }

    public record Dot(int x, int y) {
    }

    /** A project's pilot or delivery on the chart: its x and a short label. */
    public record Marker(int x, String label, boolean delivery) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PublicService> services, Filters filters, List<String> departments,
                                            boolean office);

        static native TemplateInstance detail(ServiceDetails.ServiceDetail detail, List<Chart> charts, boolean office,
                                              List<ServiceViews.Choice> projects, List<ServiceViews.Choice> kpis);

        static native TemplateInstance form(Form form, FormErrors errors, String code);

        static native TemplateInstance upload(String kind, String csv, List<ReportLine> report, boolean dryRun,
                                              boolean applied);

        static native TemplateInstance unlinked(List<CatalogueService.Unlinked> names, List<PublicService> services);
    }

    private final CatalogueService catalogue;
    private final SignalService signals;
    private final ServiceDetails details;
    private final ServiceViews views;
    private final Viewer viewer;

    ServicePages(CatalogueService catalogue, SignalService signals, ServiceDetails details, ServiceViews views,
                 Viewer viewer) {
        this.views = views;
        this.catalogue = catalogue;
        this.signals = signals;
        this.details = details;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("department") String department,
                                 @QueryParam("channel") String channel, @QueryParam("active") String active) {
        viewer.actor();
        return Templates.list(catalogue.list(ServiceDetails.filter(department, channel, active, q)),
                new Filters(nz(q), nz(department), nz(channel), nz(active)), catalogue.departments(), office());
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@QueryParam("name") String name) {
        CatalogueService.requireOffice(viewer.actor());
        return Templates.form(new Form("", nz(name), "", "", List.of(), "", true), FormErrors.NONE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String description,
                           @RestForm String department, @RestForm("channels") List<String> channels,
                           @RestForm String link, @RestForm String active) {
        CatalogueService.requireOffice(viewer.actor());
        Form form = new Form(nz(code), nz(name), nz(description), nz(department), channels == null ? List.of() : channels,
                nz(link), "true".equals(active));
        return PageAction.of(() -> catalogue.save(viewer.actor(), null, cells(form)))
                .redirect((PublicService s) -> "/services/" + s.code(), "flash.service.saved")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, null)).orFail();
    }

    @GET
    @Path("{code}")
    public TemplateInstance detail(@PathParam("code") String code) {
        viewer.actor();
        ServiceDetails.ServiceDetail detail = details.of(catalogue.get(code));
        long id = detail.service().id();
        boolean office = office();
        return Templates.detail(detail, charts(detail), office, office ? views.projectChoices(id) : List.of(),
                office ? views.kpiChoices(id, detail.officers().projects()) : List.of());
    }

    @POST
    @Path("{code}/projects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response linkProject(@PathParam("code") String code, @RestForm String project) {
        PublicService service = catalogue.get(code);
        return PageAction.run(() -> catalogue.linkProject(viewer.actor(), number("project", project), service.code()))
                .redirect("/services/" + service.code(), "flash.service.project-linked")
                .conflictsTo("/services/" + service.code());
    }

    @POST
    @Path("{code}/kpis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bindKpi(@PathParam("code") String code, @RestForm String kpi, @RestForm String measure) {
        PublicService service = catalogue.get(code);
        return PageAction.run(() -> catalogue.bindKpi(viewer.actor(), service.code(), number("kpi", kpi),
                        measure == null || measure.isBlank() ? null : measure))
                .redirect("/services/" + service.code(), "flash.service.kpi-bound")
                .conflictsTo("/services/" + service.code());
    }

    /** A chosen id; a missing or altered one is refused as a wrong choice. */
    private static long number(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.choice")));
        }
    }

    @GET
    @Path("{code}/edit")
    public TemplateInstance editForm(@PathParam("code") String code) {
        CatalogueService.requireOffice(viewer.actor());
        PublicService s = catalogue.get(code);
        return Templates.form(new Form(s.code(), s.name(), s.description(), s.department(),
                s.channels().stream().map(Enum::name).toList(), nz(s.link()), s.active()), FormErrors.NONE, s.code());
    }

    @POST
    @Path("{code}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("code") String code, @RestForm String name, @RestForm String description,
                         @RestForm String department, @RestForm("channels") List<String> channels,
                         @RestForm String link, @RestForm String active) {
        CatalogueService.requireOffice(viewer.actor());
        PublicService s = catalogue.get(code);
        Form form = new Form(s.code(), nz(name), nz(description), nz(department), channels == null ? List.of() : channels,
                nz(link), "true".equals(active));
        return PageAction.run(() -> catalogue.save(viewer.actor(), s.code(), cells(form)))
                .redirect("/services/" + s.code(), "flash.service.saved")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(form, errors, s.code())).orFail();
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        CatalogueService.requireOffice(viewer.actor());
        return Templates.upload("services", "code,name,department,channels,description,link,active\n", List.of(), false,
                false);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importServices(@RestForm String csv, @RestForm String apply) {
        boolean dryRun = !"true".equals(apply);
        ImportReport report = catalogue.importCsv(viewer.actor(), csv, dryRun);
        return uploaded("services", csv, report);
    }

    @GET
    @Path("signals/import")
    public TemplateInstance signalsForm() {
        SignalService.requireFeeder(viewer.roles());
        viewer.actor();
        return Templates.upload("signals", "service,period,source,channel,complaints,requests,satisfaction,answers,"
                + "waiting_minutes,abandonment\n", List.of(), false, false);
    }

    @POST
    @Path("signals/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importSignals(@RestForm String csv, @RestForm String apply) {
        viewer.actor();
        boolean dryRun = !"true".equals(apply);
        return uploaded("signals", csv, signals.importCsv(viewer.roles(), viewer.getName(), csv, dryRun));
    }

    @GET
    @Path("unlinked")
    public TemplateInstance unlinked() {
        return Templates.unlinked(catalogue.unlinked(viewer.actor()), catalogue.list(CatalogueService.Filter.ALL));
    }

    @POST
    @Path("unlinked")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@RestForm String text, @RestForm String service) {
        return PageAction.run(() -> catalogue.resolve(viewer.actor(), text, service))
                .redirect("/services/unlinked", "flash.service.linked")
                .conflictsTo("/services/unlinked");
    }

    private Response uploaded(String kind, String csv, ImportReport report) {
        List<ReportLine> lines = new ArrayList<>();
        for (ImportReport.LineError e : report.errors()) {
            String text = Messages.get(viewer.locale(), e.messageKey(), e.params());
            String where = e.line() == 0 ? "" : Messages.get(viewer.locale(), "service.import.line",
                    Map.of("line", e.line())) + (e.field() == null ? "" : " (" + e.field() + ")") + ": ";
            lines.add(new ReportLine(e.line(), where + text, true));
        }
        // A refused import lists only what is wrong; a dry run also says what each good line would do.
        for (ImportReport.LineChange c : report.dryRun() ? report.changes() : List.<ImportReport.LineChange>of()) {
            String action = Messages.get(viewer.locale(), "service.import.action." + c.action());
            lines.add(new ReportLine(c.line(), Messages.get(viewer.locale(), "service.import.line", Map.of("line", c.line()))
                    + ": " + c.key() + " · " + action + (c.fields().isEmpty() ? "" : " (" + String.join(", ", c.fields())
                    + ")"), false));
        }
        lines.sort(Comparator.comparingInt(ReportLine::line));
        if (report.applied()) {
            return Flash.redirect("/services", kind.equals("services") ? "flash.service.imported"
                    : "flash.service.signals-imported");
        }
        int status = report.errors().isEmpty() ? 200 : 400;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.upload(kind, nz(csv), lines, report.dryRun(), false)).build();
    }

    /** Charts of the measures that have data; markers for each project's pilot and delivery in the window. */
    List<Chart> charts(ServiceDetails.ServiceDetail detail) {
        List<Chart> charts = new ArrayList<>();
        for (ServiceDetails.Trend t : detail.citizens()) {
            if (t.isEmpty()) {
                continue;
            }
            BigDecimal max = t.values().stream().filter(Objects::nonNull).max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            double top = max.signum() == 0 ? 1 : max.doubleValue();
            int n = t.months().size();
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal v = t.values().get(i);
                if (v != null) {
                    int x = x(i, n);
                    int y = (int) Math.round(100 - v.doubleValue() / top * 85);
                    points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
                    dots.add(new Dot(x, y));
                }
            }
            List<Marker> markers = new ArrayList<>();
            for (ServiceViews.ProjectLine p : detail.officers().projects()) {
                marker(p.pilot(), detail.from(), n, false, p.title()).ifPresent(markers::add);
                marker(p.delivered(), detail.from(), n, true, p.title()).ifPresent(markers::add);
            }
            charts.add(new Chart(t, points.toString(), dots, markers, max));
        }
        return charts;
    }

    private static Optional<Marker> marker(LocalDate day, LocalDate from, int n, boolean delivery,
                                                     String title) {
        if (day == null || day.isBefore(from)) {
            return Optional.empty();
        }
        int index = (day.getYear() - from.getYear()) * 12 + day.getMonthValue() - from.getMonthValue();
        return index >= n ? Optional.empty() : Optional.of(new Marker(x(index, n), title, delivery));
    }

    private static int x(int i, int n) {
        return n <= 1 ? 150 : 20 + i * 270 / (n - 1);
    }

    private boolean office() {
        return viewer.hasRole(Roles.INNOVATION_OFFICE);
    }

    private static Map<String, String> cells(Form form) {
        return ServiceRow.cells(form.code(), form.name(), form.description(), form.department(), form.channels(),
                form.link(), form.active());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
