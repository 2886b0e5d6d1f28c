package org.semillero.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.backlog.ProjectInputs.KpiInput;
import org.semillero.backlog.ProjectInputs.MilestoneInput;
import org.semillero.backlog.ProjectInputs.MoveInput;
import org.semillero.backlog.ProjectInputs.UpdateInput;
import org.semillero.people.PersonService;
import org.semillero.shared.i18n.Numbers;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;
import org.semillero.shared.web.YearFilter;

/** Backlog pages: list with filters, project page with its tools, edit, promotion. */
@Path("/projects")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {

    static final String LABELS = "project.field.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ProjectViews.ProjectView> projects, String stage, String department,
                                            String event, String year);

        static native TemplateInstance detail(ProjectViews.ProjectView project, boolean manage, boolean following,
                                              List<ProjectService.Milestone> milestones, List<ProjectService.Kpi> kpis,
                                              List<ProjectService.Update> updates,
                                              List<ProjectService.HistoryLine> history, ProjectStage next,
                                              List<String> missingForNext, FormErrors errors);

        static native TemplateInstance edit(ProjectViews.ProjectView project, ProjectForm form, Choosing sponsor,
                                            Choosing owner, FormErrors errors);
    }

    /** One person field of the form: who is chosen now, and whom the last search found. */
    public record Choosing(PersonService.Choice chosen, List<PersonService.Choice> found, boolean searched) {
    }

    private final ProjectService projects;
    private final ProjectViews views;
    private final Viewer viewer;
    private final PersonService people;

    private final org.semillero.backlog.PromotionService promotions;

    private final org.semillero.backlog.ProjectTrackingService tracking;

    ProjectPages(ProjectService projects, ProjectViews views, Viewer viewer, PersonService people, org.semillero.backlog.PromotionService promotions, org.semillero.backlog.ProjectTrackingService tracking) {
        this.tracking = tracking;
        this.promotions = promotions;
        this.people = people;
        this.projects = projects;
        this.views = views;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance list(@QueryParam("stage") String stage, @QueryParam("department") String department,
                                 @QueryParam("event") String event, @QueryParam("year") String year) {
        Integer y = YearFilter.parse(year);
        return Templates.list(views.views(projects.list(ProjectViews.parseStage(stage), department, event, y)),
                nn(stage), nn(department), nn(event), nn(year));
    }

    /** The backlog as CSV for the signed-in browser: the same columns as the API's export. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("stage") String stage, @QueryParam("department") String department,
                        @QueryParam("event") String event, @QueryParam("year") String year) {
        String csv = views.csv(views.views(projects.list(ProjectViews.parseStage(stage), department, event,
                YearFilter.parse(year))));
        return Response.ok(Csv.withBom(csv), "text/csv; charset=UTF-8").build();
    }

    /** The backlog as JSON for the signed-in browser: the API's list. */
    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ProjectViews.ProjectView> json(@QueryParam("stage") String stage,
                                               @QueryParam("department") String department,
                                               @QueryParam("event") String event, @QueryParam("year") String year) {
        return views.views(projects.list(ProjectViews.parseStage(stage), department, event, YearFilter.parse(year)));
    }

    @POST
    @Path("promote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response promote(@RestForm String submissionId, @RestForm String ideaId, @RestForm String back) {
        try {
            ProjectService.Promotion promotion = submissionId != null && !submissionId.isBlank()
                    ? promotions.promoteSubmission(viewer.actor(), Long.parseLong(submissionId.strip()))
                    : promotions.promoteIdea(viewer.actor(), Long.parseLong(nn(ideaId).strip()));
            return Flash.redirect("/projects/" + promotion.project().id,
                    promotion.created() ? "flash.project.promoted" : "flash.project.already");
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of("submissionId", "project.promotion.source")));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT) {
                return Flash.redirect(org.semillero.shared.web.SafeRedirect.localPath(back), e.messageKey());
            }
            throw e;
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, FormErrors.NONE);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Project project = projects.get(id);
        if (!projects.mayManage(viewer.actor(), project)) {
            throw DomainException.forbidden("project-manage-forbidden");
        }
        return editPage(project, ProjectForm.of(project, viewer.locale()), null, FormErrors.NONE);
    }

    /**
     * Saves the edit; "find-sponsor" and "find-owner" search for people and show the form again
     * with them to choose, keeping everything typed. Every problem is reported at once.
     */
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam ProjectForm form, @RestForm String action) {
        Project project = projects.get(id);
        if (!projects.mayManage(viewer.actor(), project)) {
            throw DomainException.forbidden("project-manage-forbidden");
        }
        if ("find-sponsor".equals(action) || "find-owner".equals(action)) {
            return Response.ok(editPage(project, form, action, FormErrors.NONE)).build();
        }
        List<FieldError> errors = new java.util.ArrayList<>(form.in(viewer.locale()).parseErrors());
        try {
            if (errors.isEmpty()) {
                projects.update(viewer.actor(), id, form.toInput());
                return Flash.redirect("/projects/" + id, "flash.project.saved");
            }
            errors.addAll(projects.problemsOf(form.toInput()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                return conflict(id, e);
            }
            errors.addAll(e.fieldErrors());
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(editPage(project, form, null, FormErrors.of(errors, viewer.locale(), LABELS))).build();
    }

    private TemplateInstance editPage(Project project, ProjectForm form, String action, FormErrors errors) {
        return Templates.edit(views.view(project), form, choosing(form.sponsorId, form.sponsorQuery,
                "find-sponsor".equals(action)), choosing(form.ownerId, form.ownerQuery, "find-owner".equals(action)), errors);
    }

    private Choosing choosing(String id, String query, boolean searched) {
        PersonService.Choice chosen = null;
        try {
            Long personId = PersonService.idOf("person", id);
            chosen = personId == null ? null : people.choices(List.of(personId)).stream().findFirst().orElse(null);
        } catch (DomainException e) {
            chosen = null;
        }
        PersonService.Choice current = chosen;
        List<PersonService.Choice> found = searched ? people.search(query, 20).stream()
                .filter(c -> current == null || c.id() != current.id()).toList() : List.of();
        return new Choosing(chosen, found, searched);
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @RestForm String to, @RestForm String decisionNote,
                         @RestForm String stopReason, @RestForm String lessons, @RestForm String overrideReason) {
        return act(id, () -> projects.move(viewer.actor(), id, new MoveInput(to, decisionNote, stopReason, lessons,
                overrideReason)), "flash.project.moved");
    }

    @POST
    @Path("{id}/milestones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMilestone(@PathParam("id") long id, @RestForm String title, @RestForm String dueDate,
                                 @RestForm String weight) {
        return act(id, () -> tracking.addMilestone(viewer.actor(), id, new MilestoneInput(title, date("dueDate", dueDate),
                integer("weight", weight))), "flash.project.saved");
    }

    @POST
    @Path("{id}/milestones/{milestoneId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toggleMilestone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                    @RestForm String done) {
        return act(id, () -> tracking.setMilestoneDone(viewer.actor(), id, milestoneId, "true".equals(done)),
                "flash.project.saved");
    }

    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addUpdate(@PathParam("id") long id, @RestForm String text, @RestForm String progressNote) {
        return act(id, () -> tracking.addUpdate(viewer.actor(), id, new UpdateInput(text, progressNote)),
                "flash.project.saved");
    }

    @POST
    @Path("{id}/kpis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addKpi(@PathParam("id") long id, @RestForm String name, @RestForm String unit,
                           @RestForm String baseline, @RestForm String target) {
        return act(id, () -> tracking.addKpi(viewer.actor(), id, new KpiInput(name, unit, optionalDecimal("baseline", baseline),
                optionalDecimal("target", target), null, null)), "flash.project.saved");
    }

    @POST
    @Path("{id}/kpis/{kpiId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordKpi(@PathParam("id") long id, @PathParam("kpiId") long kpiId, @RestForm String actual) {
        return act(id, () -> tracking.recordKpi(viewer.actor(), id, kpiId, optionalDecimal("actual", actual), null),
                "flash.project.saved");
    }

    @POST
    @Path("{id}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("id") long id, @RestForm String follow) {
        tracking.follow(viewer.actor(), id, "true".equals(follow));
        return Flash.redirect("/projects/" + id, "true".equals(follow) ? "flash.project.following" : "flash.project.unfollowed");
    }

    private Response act(long id, Runnable action, String success) {
        return PageAction.run(action).redirect("/projects/" + id, success)
                .orShow(viewer.locale(), LABELS, errors -> detailPage(id, errors))
                .showing("gate-not-met")
                .conflictsTo("/projects/" + id);
    }

    private static Response conflict(long id, DomainException e) {
        if (e.kind() == DomainException.Kind.CONFLICT) {
            return Flash.redirect("/projects/" + id, e.messageKey());
        }
        throw e;
    }

    private TemplateInstance detailPage(long id, FormErrors errors) {
        Project project = projects.get(id);
        ProjectStage next = project.stage.next().orElse(null);
        return Templates.detail(views.view(project), projects.mayManage(viewer.actor(), project),
                projects.follows(viewer.id(), id), projects.milestones(id), projects.kpis(id), projects.updates(id),
                projects.history(id), next, next == null ? List.of() : projects.missingFor(project, next), errors);
    }

    private BigDecimal optionalDecimal(String field, String value) {
        return value == null || value.isBlank() ? null : decimal(field, value);
    }

    private BigDecimal decimal(String field, String value) {
        try {
            return Numbers.parse(value, viewer.locale());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.decimal")));
        }
    }

    private static Integer integer(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.number")));
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.date")));
        }
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
