package org.semillero.team;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.event.Event;
import org.semillero.event.EventPolicy;
import org.semillero.judging.JuryService;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** A team's page (the members' dashboard), its edit and submission forms, and join requests. */
@Path("/teams")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TeamDetailPages {

    /** A join request as the page shows it. */
    public record RequestRow(long id, String kind, String person, String message, boolean mine) {
    }

    /** A history line. */
    public record HistoryRow(java.time.Instant at, String kind, String actor, String subject, String reason) {
    }

    /** What the team page offers this person. */
    public record Can(boolean member, boolean lead, boolean apply, boolean change, boolean submit, boolean finalise,
                      boolean organize, RequestRow myRequest, boolean seeReview) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(Event event, TeamService.Overview team, Can can, List<RequestRow> requests,
                                              List<TeamService.Match<TeamService.Seeker>> suggested,
                                              Submission submission, List<String> juryComments,
                                              List<HistoryRow> history, List<Team> otherTeams,
                                              PersonService.Picker picker, FormErrors errors);

        static native TemplateInstance edit(Event event, Team team, TeamForm form, FormErrors errors);

        static native TemplateInstance submission(Event event, Team team, SubmissionForm form, FormErrors errors);
    }

    private final TeamService teams;
    private final SubmissionService submissions;
    private final EventPolicy policy;
    private final PersonService people;
    private final JuryService jury;
    private final Viewer viewer;

    private final TeamBoardService board;
    private final TeamModerationService moderation;

    private final TeamRequestService requests;

    TeamDetailPages(TeamService teams, SubmissionService submissions, EventPolicy policy, PersonService people,
                    JuryService jury, Viewer viewer, TeamBoardService board, TeamModerationService moderation, TeamRequestService requests) {
        this.requests = requests;
        this.board = board;
        this.moderation = moderation;
        this.jury = jury;
        this.teams = teams;
        this.submissions = submissions;
        this.policy = policy;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("who") String who) {
        return detailPage(teams.get(viewer.actor(), id), who, FormErrors.NONE);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Team team = teams.get(viewer.actor(), id);
        if (!Objects.equals(team.leadId, viewer.id())) {
            throw DomainException.forbidden("team-lead-only");
        }
        return Templates.edit(teams.eventOf(viewer.actor(), team), team, TeamForm.of(team), FormErrors.NONE);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam TeamForm form) {
        Team team = teams.get(viewer.actor(), id);
        return PageAction.run(() -> teams.update(viewer.actor(), id, form.toInput()))
                .redirect("/teams/" + id, "flash.team.saved")
                .orShow(viewer.locale(), TeamPages.LABELS, errors -> Templates.edit(teams.eventOf(viewer.actor(), team),
                        team, form, errors))
                .conflictsTo("/teams/" + id);
    }

    @GET
    @Path("{id}/submission")
    public TemplateInstance submissionForm(@PathParam("id") long id) {
        Team team = teams.get(viewer.actor(), id);
        if (!TeamService.isMember(team, viewer.id()) && !viewer.isOrganizer()) {
            throw DomainException.notFound("submission-not-found");
        }
        return Templates.submission(teams.eventOf(viewer.actor(), team), team,
                SubmissionForm.of(submissions.ofTeam(viewer.actor(), id), team), FormErrors.NONE);
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSubmission(@PathParam("id") long id, @BeanParam SubmissionForm form) {
        Team team = teams.get(viewer.actor(), id);
        return PageAction.run(() -> submissions.save(viewer.actor(), id, form.toInput()))
                .redirect("/teams/" + id, "flash.submission.saved")
                .orShow(viewer.locale(), "submission.field.", errors -> Templates.submission(
                        teams.eventOf(viewer.actor(), team), team, form, errors))
                .conflictsTo("/teams/" + id);
    }

    @POST
    @Path("{id}/submission/final")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finalise(@PathParam("id") long id) {
        return act(id, () -> submissions.finalise(viewer.actor(), id), "flash.submission.final");
    }

    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@PathParam("id") long id, @RestForm String message) {
        return act(id, () -> requests.apply(viewer.actor(), id, message), "flash.team.applied");
    }

    @POST
    @Path("{id}/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") long id, @RestForm String personId, @RestForm String message) {
        return act(id, () -> requests.invite(viewer.actor(), id, PersonService.idOf("personId", personId), message),
                "flash.team.invited");
    }

    @POST
    @Path("requests/{requestId}/{answer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("requestId") long requestId, @PathParam("answer") String answer) {
        TeamRequest request = TeamRequest.<TeamRequest>findByIdOptional(requestId)
                .orElseThrow(() -> DomainException.notFound("team-request-not-found"));
        Actor actor = viewer.actor();
        return act(request.teamId, () -> {
            switch (answer) {
                case "accept" -> requests.accept(actor, requestId);
                case "decline" -> requests.decline(actor, requestId);
                case "withdraw" -> requests.withdraw(actor, requestId);
                default -> throw DomainException.notFound("team-request-not-found");
            }
        }, "flash.team.request-" + answer);
    }

    @POST
    @Path("{id}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") long id) {
        return act(id, () -> requests.leave(viewer.actor(), id), "flash.team.left");
    }

    @POST
    @Path("{id}/members/{personId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("personId") long personId) {
        return act(id, () -> requests.remove(viewer.actor(), id, personId), "flash.team.removed");
    }

    @POST
    @Path("{id}/members/{personId}/lead")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handOver(@PathParam("id") long id, @PathParam("personId") long personId) {
        return act(id, () -> requests.handOver(viewer.actor(), id, personId), "flash.team.lead-changed");
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @RestForm String personId, @RestForm String toTeam,
                         @RestForm String reason) {
        return act(id, () -> moderation.move(viewer.actor(), id, number("personId", personId), number("toTeam", toTeam),
                reason), "flash.team.moved");
    }

    @POST
    @Path("{id}/dissolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dissolve(@PathParam("id") long id, @RestForm String reason) {
        return act(id, () -> moderation.dissolve(viewer.actor(), id, reason), "flash.team.dissolved");
    }

    private Response act(long teamId, Runnable action, String success) {
        return PageAction.run(action).redirect("/teams/" + teamId, success)
                .orShow(viewer.locale(), TeamPages.LABELS, errors -> detailPage(teams.get(viewer.actor(), teamId), null,
                        errors))
                .conflictsTo("/teams/" + teamId);
    }

    private TemplateInstance detailPage(Team team, String who, FormErrors errors) {
        Actor actor = viewer.actor();
        Event event = teams.eventOf(actor, team);
        TeamService.Overview overview = teams.overview(event, team);
        boolean member = overview.members().stream().anyMatch(m -> m.personId() == actor.personId());
        boolean lead = Objects.equals(team.leadId, actor.personId());
        List<TeamRequest> pending = requests.pendingFor(team);
        Map<Long, String> names = people.displayNames(pending.stream().map(r -> r.personId).collect(Collectors.toSet()));
        List<RequestRow> rows = pending.stream().map(r -> new RequestRow(r.id, r.kind.name(), names.get(r.personId), r.message,
                r.personId == actor.personId())).toList();
        RequestRow mine = rows.stream().filter(RequestRow::mine).findFirst().orElse(null);
        Set<TeamAction> allowed = teams.allowedActions(actor, event, overview);
        Can can = new Can(member, lead, allowed.contains(TeamAction.APPLY), allowed.contains(TeamAction.CHANGE_MEMBERS),
                allowed.contains(TeamAction.SUBMIT), allowed.contains(TeamAction.FINALISE),
                allowed.contains(TeamAction.ORGANIZE), mine, allowed.contains(TeamAction.SEE_REVIEW));
        boolean formable = can.change();
        Submission submission = Submission.find("teamId", team.id).firstResult();
        Submission visible = submission == null
                || submissions.access(actor, team, submission) == SubmissionService.Access.NONE ? null : submission;
        List<TeamHistoryEntry> entries = teams.history(team);
        Set<Long> people = new java.util.HashSet<>();
        entries.forEach(h -> {
            if (h.actorId != null) {
                people.add(h.actorId);
            }
            if (h.subjectId != null) {
                people.add(h.subjectId);
            }
        });
        Map<Long, String> historyNames = this.people.displayNames(people);
        List<HistoryRow> history = entries.stream().map(h -> new HistoryRow(h.at, h.kind,
                historyNames.get(h.actorId), historyNames.get(h.subjectId), h.reason)).toList();
        List<Team> otherTeams = can.organize()
                ? Team.activeIn(event.id).stream().filter(t -> !t.id.equals(team.id)).toList() : List.of();
        return Templates.detail(event, overview, can, lead || can.organize() ? rows : List.of(),
                lead && formable ? board.suggestPeople(actor, team.id) : List.of(), visible,
                visible == null ? List.of() : jury.commentsForTeam(actor, visible.id), history, otherTeams,
                this.people.picker(can.change() ? who : null, "/teams/" + team.id, "/teams/" + team.id + "/invite"),
                errors);
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.required")));
        }
    }
}
