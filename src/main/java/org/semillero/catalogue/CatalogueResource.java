package org.semillero.catalogue;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.FeedersAllowed;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.Inputs;

/** The service catalogue: services, both views of each, citizens' signals, imports. */
@Path("/api/v1/services")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@SecurityRequirement(name = "SecurityScheme")
public class CatalogueResource {

    /** A service as created or edited; channels are names such as ONLINE. */
    public record ServiceInput(String code, String name, String description, String department, List<String> channels,
                               String link, Boolean active) {

        Map<String, String> cells() {
            return ServiceRow.cells(code, name, description, department, channels, link, active);
        }
    }

    /** A free-text service name and the service it means. */
    public record ResolveInput(String text, String service) {
    }

    public record Resolved(String text, String service, int linked) {
    }

    /** The measure a KPI follows (null to unbind). */
    public record BindInput(String measure) {
    }

    private final CatalogueService catalogue;
    private final SignalService signals;
    private final ServiceDetails detail;
    private final Viewer viewer;

    CatalogueResource(CatalogueService catalogue, SignalService signals, ServiceDetails detail, Viewer viewer) {
        this.catalogue = catalogue;
        this.signals = signals;
        this.detail = detail;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Services, by department, channel (IN_PERSON, ONLINE, PHONE, MOBILE), active (true/false) "
            + "and a part of the name or the start of the code")
    public List<PublicService> list(@QueryParam("department") String department, @QueryParam("channel") String channel,
                                    @QueryParam("active") String active, @QueryParam("q") String q) {
        return catalogue.list(ServiceDetails.filter(department, channel, active, q));
    }

    @POST
    @Operation(summary = "Add a service (innovation office); challenges and ideas naming it exactly are linked")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(ServiceInput input) {
        Inputs.body(input);
        PublicService service = catalogue.save(viewer.actor(), null, input.cells());
        return Response.created(URI.create("/api/v1/services/" + service.code())).entity(service).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A service with both views: the officers' (challenges, ideas, teams and entries, projects) and "
            + "the citizens' (the last 12 months of each signal)")
    public ServiceDetails.ServiceDetail get(@PathParam("code") String code) {
        return detail.of(catalogue.get(code));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Edit a service (innovation office); the code stays")
    public PublicService update(@PathParam("code") String code, ServiceInput input) {
        Inputs.body(input);
        return catalogue.save(viewer.actor(), code, input.cells());
    }

    @GET
    @Path("{code}/signals")
    @FeedersAllowed
    @Operation(summary = "The service's monthly signals, every source together (counts added, averages averaged), "
            + "the last `months` months (1–60, default 12)")
    public Map<String, List<SignalService.Point>> signals(@PathParam("code") String code,
                                                         @QueryParam("months") String months) {
        PublicService service = catalogue.get(code);
        int span = ServiceDetails.months(months);
        Map<String, List<SignalService.Point>> byKey = new LinkedHashMap<>();
        signals.series(service.id(), signals.thisMonth().minusMonths(span - 1L)).forEach((m, points) -> byKey.put(m.key,
                points));
        return byKey;
    }

    @POST
    @Path("{code}/signals")
    @FeedersAllowed
    @Operation(summary = "One month of one source's aggregates (signal feeders and the innovation office): "
            + "{\"period\":\"2026-10\",\"source\":\"…\",\"channel\":\"ONLINE\",\"measures\":{\"complaints\":120}}. "
            + "Sending the same service, month, source and measure again replaces it (\"replaced\": true, 200)")
    @APIResponse(responseCode = "201", description = "Stored for the first time")
    @APIResponse(responseCode = "200", description = "Stored, replacing what that source sent for that month")
    public Response record(@PathParam("code") String code, SignalService.SignalInput input) {
        Inputs.body(input);
        SignalService.Receipt receipt = signals.record(viewer.roles(), viewer.getName(), code, input);
        return Response.status(receipt.replaced() ? 200 : 201).entity(receipt).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            description = "A CSV with the header code,name,department,channels (and optionally description, link, "
            + "active); channels separated by ';'")
    @Operation(summary = "Import services by CSV (innovation office): an upsert by code, every row or none; "
            + "?dryRun=true reports what would change without writing")
    @APIResponse(responseCode = "200", description = "The report; applied is true when the rows were written")
    @APIResponse(responseCode = "400", description = "Errors per line (field lines/N/column); nothing was written")
    public ImportReport importServices(@QueryParam("dryRun") String dryRun, String csv) {
        ImportReport report = catalogue.importCsv(viewer.actor(), csv, ServiceDetails.flag(dryRun));
        return answer(report);
    }

    @POST
    @Path("signals/import")
    @FeedersAllowed
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            description = "A CSV with the header service,period,source (and optionally channel) and a column per "
            + "measure: complaints, requests, satisfaction, answers, waiting_minutes, abandonment")
    @Operation(summary = "Import signals by CSV (signal feeders and the innovation office): aggregates only, every row "
            + "or none; ?dryRun=true reports what would change")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "Errors per line (field lines/N/column); nothing was written")
    public ImportReport importSignals(@QueryParam("dryRun") String dryRun, String csv) {
        return answer(signals.importCsv(viewer.roles(), viewer.getName(), csv, ServiceDetails.flag(dryRun)));
    }

    @GET
    @Path("unlinked")
    @Operation(summary = "Free-text service names of challenges and ideas no service is linked to yet (innovation office)")
    public List<CatalogueService.Unlinked> unlinked() {
        return catalogue.unlinked(viewer.actor());
    }

    @POST
    @Path("unlinked")
    @Operation(summary = "Link every challenge and idea with this free-text service name to a service (innovation "
            + "office); the text they were written with stays")
    public Resolved resolve(ResolveInput input) {
        Inputs.body(input);
        return new Resolved(input.text(), input.service(), catalogue.resolve(viewer.actor(), input.text(),
                input.service()));
    }

    @PUT
    @Path("{code}/projects/{projectId}")
    @Operation(summary = "Link a backlog project to the service (innovation office)")
    @APIResponse(responseCode = "204", description = "Linked")
    public Response linkProject(@PathParam("code") String code, @PathParam("projectId") long projectId) {
        catalogue.linkProject(viewer.actor(), projectId, code);
        return Response.noContent().build();
    }

    @PUT
    @Path("{code}/kpis/{kpiId}")
    @Operation(summary = "Bind a project's KPI to one of the service's signals (innovation office): its actual value "
            + "then follows the latest month, its baseline the three months before the pilot; measure null unbinds")
    @APIResponse(responseCode = "204", description = "Bound")
    public Response bind(@PathParam("code") String code, @PathParam("kpiId") long kpiId, BindInput input) {
        Inputs.body(input);
        catalogue.bindKpi(viewer.actor(), code, kpiId, input.measure());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{code}/kpis/{kpiId}")
    @Operation(summary = "Unbind a KPI from the service's signals (innovation office); its values stay as they are")
    @APIResponse(responseCode = "204", description = "Unbound")
    public Response unbind(@PathParam("code") String code, @PathParam("kpiId") long kpiId) {
        catalogue.bindKpi(viewer.actor(), code, kpiId, null);
        return Response.noContent().build();
    }

    private ImportReport answer(ImportReport report) {
        if (!report.dryRun() && !report.errors().isEmpty()) {
            throw DomainException.invalid(report.errors().stream().map(ImportReport.LineError::asFieldError).toList());
        }
        return report.in(viewer.locale());
    }
}
