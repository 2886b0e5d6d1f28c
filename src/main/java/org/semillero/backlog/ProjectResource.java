package org.semillero.backlog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.backlog.ProjectInputs.ActualInput;
import org.semillero.backlog.ProjectInputs.DoneInput;
import org.semillero.backlog.ProjectInputs.KpiInput;
import org.semillero.backlog.ProjectInputs.MilestoneInput;
import org.semillero.backlog.ProjectInputs.MoveInput;
import org.semillero.backlog.ProjectInputs.ProjectInput;
import org.semillero.backlog.ProjectInputs.PromotionInput;
import org.semillero.backlog.ProjectInputs.UpdateInput;
import org.semillero.backlog.ProjectViews.ProjectView;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.YearFilter;

@Path("/api/v1/projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = "SecurityScheme")
public class ProjectResource {

    private final ProjectService projects;
    private final ProjectViews views;
    private final Viewer viewer;

    private final org.semillero.backlog.PromotionService promotions;

    private final org.semillero.backlog.ProjectTrackingService tracking;

    ProjectResource(ProjectService projects, ProjectViews views, Viewer viewer, org.semillero.backlog.PromotionService promotions, org.semillero.backlog.ProjectTrackingService tracking) {
        this.tracking = tracking;
        this.promotions = promotions;
        this.projects = projects;
        this.views = views;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The backlog, newest first; filters: stage, department, event, year",
            description = "Pages of `size` (1–100, default 20) in a stable order: `next` is the cursor of the "
                    + "following page (also a Link header with rel=\"next\"); `total` on the first page. "
                    + "The CSV export has every matching project.")
    @APIResponse(responseCode = "200", description = "A page of projects", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectViews.ProjectPage.class)))
    public Response list(@QueryParam("stage") String stage, @QueryParam("department") String department,
                         @QueryParam("event") String event, @QueryParam("year") String year,
                         @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context UriInfo uri) {
        int pageSize = Keyset.size(size, Keyset.DEFAULT_SIZE);
        Keyset.Ids page = Project.page(ProjectViews.parseStage(stage), department, event, YearFilter.parse(year), cursor,
                pageSize);
        List<Project> found = InOrder.load(page.ids(), ids -> Project.<Project>list("id in ?1", ids), p -> p.id);
        return Keyset.page(new ProjectViews.ProjectPage(views.views(found), pageSize, page.total(), page.next()),
                page.next(), uri);
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.INNOVATION_OFFICE})
    @POST
    @Operation(summary = "Promote a submission (after results) or a shortlisted idea-box idea; idempotent")
    @APIResponse(responseCode = "201", description = "The idea or submission became a project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "200", description = "It was already a project: that project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    public Response promote(PromotionInput request) {
        if (request == null || (request.submissionId() == null) == (request.ideaId() == null)) {
            throw DomainException.invalid(List.of(FieldError.of("submissionId", "project.promotion.source")));
        }
        ProjectService.Promotion promotion = request.submissionId() != null
                ? promotions.promoteSubmission(viewer.actor(), request.submissionId())
                : promotions.promoteIdea(viewer.actor(), request.ideaId());
        return (promotion.created() ? Response.created(URI.create("/api/v1/projects/" + promotion.project().id))
                : Response.ok()).entity(views.view(promotion.project())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project")
    public ProjectView get(@PathParam("id") long id) {
        return views.view(projects.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit (innovation office or owner); sponsor and owner are user names")
    public ProjectView update(@PathParam("id") long id, ProjectInput input) {
        Inputs.body(input);
        return views.view(projects.update(viewer.actor(), id, input));
    }

    @POST
    @Path("{id}/stage")
    @Operation(summary = "Move to the next stage or STOPPED; a failed gate answers 409 listing what is missing")
    public ProjectView move(@PathParam("id") long id, MoveInput input) {
        Inputs.required("to", input);
        return views.view(projects.move(viewer.actor(), id, input));
    }

    @GET
    @Path("{id}/milestones")
    @Operation(summary = "Milestones")
    public List<ProjectService.Milestone> milestones(@PathParam("id") long id) {
        return projects.milestones(projects.get(id).id);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Add a milestone (title, dueDate, weight)")
    @APIResponse(responseCode = "201", description = "Milestone added")
    public Response addMilestone(@PathParam("id") long id, MilestoneInput input) {
        long milestone = tracking.addMilestone(viewer.actor(), id, input);
        return Response.created(URI.create("/api/v1/projects/" + id + "/milestones/" + milestone)).build();
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Mark a milestone done or not: {\"done\": true}")
    @APIResponse(responseCode = "204", description = "Milestone updated")
    public Response milestoneDone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                  DoneInput request) {
        if (request == null || request.done() == null) {
            throw DomainException.invalid(List.of(FieldError.of("done", "validation.required")));
        }
        tracking.setMilestoneDone(viewer.actor(), id, milestoneId, request.done());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/updates")
    @Operation(summary = "Progress updates, newest first")
    public List<ProjectService.Update> updates(@PathParam("id") long id) {
        return projects.updates(projects.get(id).id);
    }

    @POST
    @Path("{id}/updates")
    @Operation(summary = "Add a progress update (text, optional progress note)")
    @APIResponse(responseCode = "201", description = "Update posted")
    public Response addUpdate(@PathParam("id") long id, UpdateInput input) {
        tracking.addUpdate(viewer.actor(), id, input);
        return Response.created(URI.create("/api/v1/projects/" + id + "/updates")).build();
    }

    @GET
    @Path("{id}/kpis")
    @Operation(summary = "KPIs")
    public List<ProjectService.Kpi> kpis(@PathParam("id") long id) {
        return projects.kpis(projects.get(id).id);
    }

    @POST
    @Path("{id}/kpis")
    @Operation(summary = "Add a KPI (name, unit, baseline, target, actual, actualAt)")
    @APIResponse(responseCode = "201", description = "Indicator added")
    public Response addKpi(@PathParam("id") long id, KpiInput input) {
        long kpi = tracking.addKpi(viewer.actor(), id, input);
        return Response.created(URI.create("/api/v1/projects/" + id + "/kpis/" + kpi)).build();
    }

    @PUT
    @Path("{id}/kpis/{kpiId}")
    @Operation(summary = "Record the latest actual value of a KPI")
    @APIResponse(responseCode = "204", description = "Value recorded")
    public Response recordKpi(@PathParam("id") long id, @PathParam("kpiId") long kpiId, ActualInput request) {
        tracking.recordKpi(viewer.actor(), id, kpiId, request == null ? null : request.actual(),
                request == null ? null : request.actualAt());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Everything that happened to the project, oldest first")
    public List<ProjectService.HistoryLine> history(@PathParam("id") long id) {
        return projects.history(projects.get(id).id);
    }

    @PUT
    @Path("{id}/followers/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Follow the project")
    @APIResponse(responseCode = "204", description = "You follow the project")
    public Response follow(@PathParam("id") long id) {
        tracking.follow(viewer.actor(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/followers/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop following")
    @APIResponse(responseCode = "204", description = "You no longer follow the project")
    public Response unfollow(@PathParam("id") long id) {
        tracking.follow(viewer.actor(), id, false);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The backlog as CSV (same filters as the list)")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM), one row per project",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@QueryParam("stage") String stage, @QueryParam("department") String department,
                        @QueryParam("event") String event, @QueryParam("year") String year) {
        String csv = views.csv(views.views(projects.list(ProjectViews.parseStage(stage), department, event, YearFilter.parse(year))));
        return Response.ok(Csv.withBom(csv), "text/csv; charset=UTF-8").build();
    }

}
