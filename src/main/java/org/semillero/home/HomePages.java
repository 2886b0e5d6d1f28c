package org.semillero.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaService;
import org.semillero.people.PersonService;
import org.semillero.shared.activity.Activity;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.SafeRedirect;
import org.semillero.team.Team;
import org.semillero.team.TeamService;

/** The home page, sign-in entry point and language switcher. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    static final int RECENT_ACTIVITY = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<WaitingForYou.Item> todo, List<Event> current, List<Event> drafts,
                                            List<Idea> waiting, List<Team> myTeams, List<Team> invitedTo,
                                            List<Activity> activity);

        static native TemplateInstance welcome();

        static native TemplateInstance account();
    }

    private final EventService events;
    private final IdeaService ideas;
    private final TeamService teams;
    private final ActivityLog activity;
    private final PersonService people;
    private final Viewer viewer;

    private final org.semillero.team.TeamRequestService requests;
    private final WaitingForYou todo;

    HomePages(EventService events, IdeaService ideas, TeamService teams, ActivityLog activity, PersonService people,
              Viewer viewer, org.semillero.team.TeamRequestService requests, WaitingForYou todo) {
        this.requests = requests;
        this.todo = todo;
        this.events = events;
        this.ideas = ideas;
        this.teams = teams;
        this.activity = activity;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance home() {
        if (!viewer.isSignedIn()) {
            return Templates.welcome();
        }
        EventService.Highlights highlights = events.highlights(viewer.actor());
        List<Long> invitingTeams = requests.invitationsFor(viewer.id()).stream().map(r -> r.teamId).toList();
        List<Team> invitedTo = invitingTeams.isEmpty() ? List.of()
                : Team.<Team>list("id in ?1 order by name", invitingTeams);
        return Templates.home(todo.of(viewer.actor(), viewer.locale()), highlights.current(), highlights.drafts(), ideas.waitingFor(viewer.id()),
                teams.teamsOf(viewer.id()), invitedTo, activity.recentFor(viewer.id(), RECENT_ACTIVITY));
    }

    /** The language switcher and sign-out on a page of their own, for pages that cannot carry them (unknown addresses). */
    @GET
    @Path("account")
    public TemplateInstance account() {
        return Templates.account();
    }

    /** Guarded by the code flow (see application.properties); here the person is signed in. */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(SafeRedirect.localPath(next))).build();
    }

    @POST
    @Path("language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchLanguage(@RestForm String lang, @HeaderParam("Referer") String referer) {
        if (!Locales.isSupported(lang)) {
            throw DomainException.invalid(List.of(FieldError.of("lang", "profile.language.unsupported")));
        }
        if (viewer.isSignedIn()) {
            people.setLanguage(viewer.id(), lang);
        }
        return Response.seeOther(URI.create(SafeRedirect.backTo(referer)))
                .cookie(new NewCookie.Builder(Locales.COOKIE).value(lang).path("/").maxAge(60 * 60 * 24 * 365)
                        .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
