package org.semillero.team;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.Flash;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** An event's team pages: list, new team, looking-for-team board, organizer overview and review, CSV. */
@Path("/events/{slug}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TeamPages {

    static final String LABELS = "team.field.";

    /** What the list page offers this person. */
    public record Can(boolean create, Team myTeam, boolean organize) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Event event, List<TeamService.Overview> teams, Can can);

        static native TemplateInstance form(Event event, TeamForm form, FormErrors errors);

        static native TemplateInstance board(Event event, List<TeamService.Match<TeamService.Overview>> suggestions,
                                             List<TeamService.Seeker> seekers, boolean seeking, Team myTeam,
                                             FormErrors errors);

        static native TemplateInstance overview(Event event, List<TeamService.Overview> teams, FormErrors errors);

        static native TemplateInstance submissions(Event event, List<Submission> submissions, Map<Long, String> teamNames,
                                                   FormErrors errors);
    }

    private final TeamService teams;
    private final SubmissionService submissions;
    private final EventService events;
    private final EventPolicy policy;
    private final Viewer viewer;

    private final TeamBoardService board;
    private final TeamModerationService moderation;

    TeamPages(TeamService teams, SubmissionService submissions, EventService events, EventPolicy policy, Viewer viewer, TeamBoardService board, TeamModerationService moderation) {
        this.board = board;
        this.moderation = moderation;
        this.teams = teams;
        this.submissions = submissions;
        this.events = events;
        this.policy = policy;
        this.viewer = viewer;
    }

    @GET
    @Path("teams")
    public TemplateInstance list(@PathParam("slug") String slug) {
        Event event = events.get(viewer.actor(), slug);
        Team mine = teams.teamOf(viewer.id(), event.id);
        boolean formable = policy.allows(viewer.roles(), EventAction.FORM_TEAM, event.phase) && !event.teamsLocked;
        return Templates.list(event, teams.teamsOf(viewer.actor(), slug), new Can(formable && mine == null, mine,
                policy.allows(viewer.roles(), EventAction.MANAGE_TEAMS, event.phase)));
    }

    @GET
    @Path("teams/new")
    public TemplateInstance createForm(@PathParam("slug") String slug) {
        return Templates.form(events.get(viewer.actor(), slug), new TeamForm(), FormErrors.NONE);
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, @BeanParam TeamForm form) {
        Event event = events.get(viewer.actor(), slug);
        return PageAction.of(() -> teams.create(viewer.actor(), slug, form.toInput()))
                .redirect((Team team) -> "/teams/" + team.id, "flash.team.created")
                .orShow(viewer.locale(), LABELS, errors -> Templates.form(event, form, errors))
                .conflictsTo("/events/" + slug + "/teams");
    }

    @GET
    @Path("board")
    public TemplateInstance board(@PathParam("slug") String slug) {
        return boardPage(slug, FormErrors.NONE);
    }

    @POST
    @Path("board")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seek(@PathParam("slug") String slug, @RestForm String skills, @RestForm String note,
                         @RestForm String stop) {
        boolean stopping = "true".equals(stop);
        return PageAction.run(() -> {
                    if (stopping) {
                        board.stopSeeking(viewer.actor(), slug);
                    } else {
                        board.seek(viewer.actor(), slug, skills, note);
                    }
                })
                .redirect("/events/" + slug + "/board", stopping ? "flash.team.not-seeking" : "flash.team.seeking")
                .orShow(viewer.locale(), LABELS, errors -> boardPage(slug, errors))
                .conflictsTo("/events/" + slug + "/board");
    }

    @GET
    @Path("teams/overview")
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance overview(@PathParam("slug") String slug) {
        return Templates.overview(events.get(viewer.actor(), slug), teams.teamsOf(viewer.actor(), slug), FormErrors.NONE);
    }

    @POST
    @Path("teams/lock")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lock(@PathParam("slug") String slug, @RestForm String locked) {
        moderation.lockTeams(viewer.actor(), slug, "true".equals(locked));
        return Flash.redirect("/events/" + slug + "/teams/overview",
                "true".equals(locked) ? "flash.team.locked" : "flash.team.unlocked");
    }

    @GET
    @Path("submissions")
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance submissionsPage(@PathParam("slug") String slug) {
        return submissionsPage(slug, FormErrors.NONE);
    }

    @POST
    @Path("submissions/{id}/review")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String decision,
                           @RestForm String comment) {
        return PageAction.run(() -> submissions.review(viewer.actor(), id, "accept".equals(decision), comment))
                .redirect("/events/" + slug + "/submissions",
                        "accept".equals(decision) ? "flash.submission.accepted" : "flash.submission.returned")
                .orShow(viewer.locale(), LABELS, errors -> submissionsPage(slug, errors))
                .conflictsTo("/events/" + slug + "/submissions");
    }

    /** Teams and members as CSV for organizers (UTF-8 with a byte-order mark). */
    @GET
    @Path("teams.csv")
    @RolesAllowed(Roles.ORGANIZER)
    @Produces("text/csv")
    public Response export(@PathParam("slug") String slug) {
        StringBuilder csv = new StringBuilder();
        csv.append(Csv.line(List.of("team_id", "team", "person_id", "member", "department", "lead", "needs", "open_roles")));
        for (TeamService.Overview o : teams.teamsOf(viewer.actor(), slug)) {
            for (TeamService.Member m : o.members()) {
                csv.append(Csv.line(List.of(String.valueOf(o.team().id), o.team().name, String.valueOf(m.personId()),
                        m.name(), m.department() == null ? "" : m.department(),
                        m.lead() ? "yes" : "no", String.valueOf(o.needs()), String.join(" ", o.team().openRoles))));
            }
        }
        return Response.ok(Csv.withBom(csv.toString()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"teams-" + slug + ".csv\"").build();
    }

    private TemplateInstance boardPage(String slug, FormErrors errors) {
        Event event = events.get(viewer.actor(), slug);
        List<TeamService.Seeker> seekers = board.seekers(viewer.actor(), slug);
        boolean seeking = seekers.stream().anyMatch(s -> s.personId() == viewer.id());
        return Templates.board(event, board.suggestTeams(viewer.actor(), slug), seekers, seeking,
                teams.teamOf(viewer.id(), event.id), errors);
    }

    private TemplateInstance submissionsPage(String slug, FormErrors errors) {
        Event event = events.get(viewer.actor(), slug);
        List<Submission> list = submissions.ofEvent(viewer.actor(), event, null);
        Map<Long, String> names = Team.<Team>list("eventId", event.id).stream()
                .collect(Collectors.toMap(t -> t.id, t -> t.name));
        return Templates.submissions(event, list, names, errors);
    }
}
