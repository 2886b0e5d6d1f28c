package org.semillero.backlog;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.backlog.ProjectInputs.KpiInput;
import org.semillero.backlog.ProjectInputs.MilestoneInput;
import org.semillero.backlog.ProjectInputs.MoveInput;
import org.semillero.backlog.ProjectInputs.ProjectInput;
import org.semillero.backlog.ProjectInputs.UpdateInput;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

@Path("/api/v1/projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = "SecurityScheme")
public class ProjectResource {

    public record ProjectView(long id, String title, String problem, String expectedOutcome, String sponsor,
                              String owner, String departments, String effort, BigDecimal budget, String tags,
                              ProjectStage stage, String decisionNote, String stopReason, String lessons,
                              int progress, Long eventId, Integer resultsRank, Long submissionId, Long teamId,
                              Long challengeId, List<Long> ideaIds, List<String> contributors, int version,
                              Instant createdAt, Instant lastActivityAt) {
    }

    /** Promote a submission ({@code submissionId}) or a shortlisted idea-box idea ({@code ideaId}). */
    public record PromotionRequest(Long submissionId, Long ideaId) {
    }

    public record DoneRequest(Boolean done) {
    }

    public record ActualRequest(BigDecimal actual, LocalDate actualAt) {
    }

    private final ProjectService projects;
    private final PersonService people;
    private final Viewer viewer;

    ProjectResource(ProjectService projects, PersonService people, Viewer viewer) {
        this.projects = projects;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The backlog; filters: stage, department, event, year")
    public List<ProjectView> list(@QueryParam("stage") String stage, @QueryParam("department") String department,
                                  @QueryParam("event") String event, @QueryParam("year") Integer year) {
        return views(projects.list(parseStage(stage), department, event, year));
    }

    @POST
    @Operation(summary = "Promote a submission (after results) or a shortlisted idea-box idea; idempotent")
    public Response promote(PromotionRequest request) {
        if (request == null || (request.submissionId() == null) == (request.ideaId() == null)) {
            throw DomainException.invalid(List.of(FieldError.of("submissionId", "project.promotion.source")));
        }
        ProjectService.Promotion promotion = request.submissionId() != null
                ? projects.promoteSubmission(viewer.actor(), request.submissionId())
                : projects.promoteIdea(viewer.actor(), request.ideaId());
        return (promotion.created() ? Response.created(URI.create("/api/v1/projects/" + promotion.project().id))
                : Response.ok()).entity(view(promotion.project())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project")
    public ProjectView get(@PathParam("id") long id) {
        return view(projects.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit (innovation office or owner); sponsor and owner are user names")
    public ProjectView update(@PathParam("id") long id, ProjectInput input) {
        if (input == null) {
            throw DomainException.invalid(List.of(FieldError.of("body", "validation.required")));
        }
        return view(projects.update(viewer.actor(), id, input));
    }

    @POST
    @Path("{id}/stage")
    @Operation(summary = "Move to the next stage or STOPPED; a failed gate answers 409 listing what is missing")
    public ProjectView move(@PathParam("id") long id, MoveInput input) {
        if (input == null) {
            throw DomainException.invalid(List.of(FieldError.of("to", "validation.required")));
        }
        return view(projects.move(viewer.actor(), id, input));
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
    public Response addMilestone(@PathParam("id") long id, MilestoneInput input) {
        projects.addMilestone(viewer.actor(), id, input);
        return Response.status(201).build();
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Mark a milestone done or not: {\"done\": true}")
    public Response milestoneDone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                  DoneRequest request) {
        if (request == null || request.done() == null) {
            throw DomainException.invalid(List.of(FieldError.of("done", "validation.required")));
        }
        projects.setMilestoneDone(viewer.actor(), id, milestoneId, request.done());
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
    public Response addUpdate(@PathParam("id") long id, UpdateInput input) {
        projects.addUpdate(viewer.actor(), id, input);
        return Response.status(201).build();
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
    public Response addKpi(@PathParam("id") long id, KpiInput input) {
        projects.addKpi(viewer.actor(), id, input);
        return Response.status(201).build();
    }

    @PUT
    @Path("{id}/kpis/{kpiId}")
    @Operation(summary = "Record the latest actual value of a KPI")
    public Response recordKpi(@PathParam("id") long id, @PathParam("kpiId") long kpiId, ActualRequest request) {
        projects.recordKpi(viewer.actor(), id, kpiId, request == null ? null : request.actual(),
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
    public Response follow(@PathParam("id") long id) {
        projects.follow(viewer.actor(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/followers/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop following")
    public Response unfollow(@PathParam("id") long id) {
        projects.follow(viewer.actor(), id, false);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The backlog as CSV (same filters as the list)")
    public Response csv(@QueryParam("stage") String stage, @QueryParam("department") String department,
                        @QueryParam("event") String event, @QueryParam("year") Integer year) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("id", "title", "stage", "progress", "owner", "sponsor",
                "departments", "budget", "event_id", "results_rank", "created_at", "last_activity_at")));
        for (ProjectView v : views(projects.list(parseStage(stage), department, event, year))) {
            csv.append(Csv.line(List.of(String.valueOf(v.id()), v.title(), v.stage().name(), String.valueOf(v.progress()),
                    nullToEmpty(v.owner()), nullToEmpty(v.sponsor()), v.departments(),
                    v.budget() == null ? "" : v.budget().toPlainString(), v.eventId() == null ? "" : String.valueOf(v.eventId()),
                    v.resultsRank() == null ? "" : String.valueOf(v.resultsRank()), v.createdAt().toString(),
                    v.lastActivityAt().toString())));
        }
        return Response.ok(Csv.withBom(csv.toString()), "text/csv; charset=UTF-8").build();
    }

    ProjectView view(Project p) {
        return views(List.of(p)).get(0);
    }

    /** Views of several projects with a fixed number of queries, however many projects there are. */
    List<ProjectView> views(List<Project> list) {
        java.util.Map<Long, String> names = people.displayNames(list.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.sponsorId, p.ownerId))
                .filter(java.util.Objects::nonNull).distinct().toList());
        ProjectService.ListData data = projects.listData(list.stream().map(p -> p.id).toList());
        return list.stream().map(p -> new ProjectView(p.id, p.title, p.problem, p.expectedOutcome,
                names.get(p.sponsorId), names.get(p.ownerId), p.departments, p.effort, p.budget, p.tags, p.stage,
                p.decisionNote, p.stopReason, p.lessons,
                ProjectService.progress(data.milestones().getOrDefault(p.id, List.of())), p.eventId, p.resultsRank,
                p.submissionId, p.teamId, p.challengeId, data.ideaIds().getOrDefault(p.id, List.of()),
                data.contributors().getOrDefault(p.id, List.of()), p.version, p.createdAt, p.lastActivityAt)).toList();
    }

    static ProjectStage parseStage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        return ProjectStage.parse(stage)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("stage", "project.stage.unknown"))));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
