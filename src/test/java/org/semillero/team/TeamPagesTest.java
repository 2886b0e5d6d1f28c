package org.semillero.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/** Team pages as people use them. */
@QuarkusTest
class TeamPagesTest {

    private static final String SCRIPT = "<script>alert('t')</script>";

    @Inject
    org.semillero.team.TeamRequestService requests;

    @Inject
    org.semillero.team.TeamBoardService board;

    @Inject
    Fixtures fixtures;

    @Inject
    TeamService teams;

    @Inject
    SubmissionService submissions;

    @Inject
    org.semillero.idea.IdeaService ideas;

    @Inject
    org.semillero.event.EventService events;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    @Test
    @TestSecurity(user = "ana-team-pages", roles = "officer")
    void an_officer_creates_a_team_from_the_form_and_names_are_unique() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team existing = fixtures.team(event, 1);
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug + "/teams/new");
        form(csrf).formParam("name", existing.name.toUpperCase()).formParam("openRoles", "data")
                .when().post("/events/" + event.slug + "/teams").then().statusCode(400)
                .body(containsString("Team name: Another team at this event already uses this name."));
        Response created = form(csrf).formParam("name", "Ventanilla").formParam("pitch", "Una sola ventanilla")
                .formParam("openRoles", "Data, Law").when().post("/events/" + event.slug + "/teams");
        assertThat(created.statusCode()).isEqualTo(303);
        given().when().get(created.getHeader("Location")).then().statusCode(200)
                .body(containsString("Ventanilla")).body(containsString("needs 1 more"))
                .body(containsString("Applications and invitations"));
        given().when().get("/events/" + event.slug + "/teams").then().statusCode(200)
                .body(containsString("Ventanilla")).body(not(containsString("Create a team")));
    }

    @Test
    @TestSecurity(user = "bruno-team-pages", roles = "officer")
    void an_officer_applies_from_the_team_page_and_sees_the_pending_request() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = fixtures.team(event, 1, "design");
        Forms.Csrf csrf = Forms.csrfFrom("/teams/" + team.id);
        given().when().get("/teams/" + team.id).then().body(containsString("Join this team"));
        form(csrf).formParam("message", "I design forms").when().post("/teams/" + team.id + "/apply")
                .then().statusCode(303).cookie("semillero-flash", "flash.team.applied");
        given().when().get("/teams/" + team.id).then().body(containsString("You applied to this team."))
                .body(not(containsString("Join this team")));
        TeamRequest request = QuarkusTransaction.requiringNew().call(() ->
                TeamRequest.<TeamRequest>find("teamId = ?1 and status = 'PENDING'", team.id).firstResult());
        form(csrf).when().post("/teams/requests/" + request.id + "/accept").then().statusCode(403);
        requests.accept(fixtures.leadOf(team), request.id);
        given().when().get("/teams/" + team.id).then().body(containsString("bruno-team-pages"))
                .body(containsString("Leave the team"));
        given().when().get("/").then().body(containsString("My teams")).body(containsString("/teams/" + team.id));
    }

    @Test
    @TestSecurity(user = "seeker-pages", roles = "officer")
    void the_board_page_suggests_matching_teams_and_lists_me() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = fixtures.team(event, 1, "statistics");
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug + "/board");
        form(csrf).formParam("skills", "Statistics, R").formParam("note", "Mornings")
                .when().post("/events/" + event.slug + "/board").then().statusCode(303);
        given().when().get("/events/" + event.slug + "/board").then().statusCode(200)
                .body(containsString("/teams/" + team.id))
                .body(containsString("You match"))
                .body(containsString("statistics"))
                .body(containsString("seeker-pages"));
    }

    @Test
    @TestSecurity(user = "chooser-team-pages", roles = "officer")
    void the_team_and_submission_forms_offer_the_events_ideas_and_themes_by_title() {
        Fixtures.Theme theme = fixtures.theme();
        Event event = theme.event();
        var idea = ideas.propose(fixtures.officer(Fixtures.unique("author")),
                Fixtures.ideaInput("Citas por WhatsApp", event.slug, theme.challenge().id), true);
        var other = ideas.propose(fixtures.officer(Fixtures.unique("author")),
                Fixtures.ideaInput("Ventanilla única", event.slug, theme.challenge().id), true);
        String form = given().when().get("/events/" + event.slug + "/teams/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("<select id=\"f-ideaId\" name=\"ideaId\"")
                .contains("<option value=\"" + idea.id + "\">Citas por WhatsApp</option>")
                .doesNotContain("type=\"number\"");
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug + "/teams/new");
        Response created = form(csrf).formParam("name", Fixtures.unique("Citas")).formParam("ideaId", String.valueOf(idea.id))
                .when().post("/events/" + event.slug + "/teams");
        assertThat(created.statusCode()).isEqualTo(303);
        String teamPath = created.getHeader("Location").replaceAll("^https?://[^/]+", "");
        events.changePhase(theme.organizer(), event.slug, EventPhase.IDEATION, EventPhase.HACKING, null);
        // The first submission starts with the team's idea ticked; the themes are a list of titles.
        String submission = given().when().get(teamPath + "/submission").then().statusCode(200).extract().asString();
        assertThat(submission).contains("value=\"" + idea.id + "\" checked> Citas por WhatsApp")
                .contains("value=\"" + other.id + "\"> Ventanilla única")
                .contains("<option value=\"" + theme.challenge().id + "\">" + theme.challenge().title + "</option>");
        form(csrf).formParam("title", "App").formParam("summary", "Works").formParam("ideaIds", String.valueOf(idea.id))
                .formParam("ideaIds", String.valueOf(other.id)).formParam("challengeId", String.valueOf(theme.challenge().id))
                .when().post(teamPath + "/submission").then().statusCode(303).header("Location", containsString("/teams/"));
        String saved = given().when().get(teamPath + "/submission").then().statusCode(200).extract().asString();
        assertThat(saved).contains("value=\"" + idea.id + "\" checked>").contains("value=\"" + other.id + "\" checked>")
                .contains("<option value=\"" + theme.challenge().id + "\" selected>");
    }

    @Test
    @TestSecurity(user = "olga-review-queue", roles = {"officer", "organizer"})
    void final_submissions_wait_in_the_review_queue_with_a_link_to_review_them() {
        Event event = fixtures.event(EventPhase.HACKING);
        Team team = fixtures.team(event, 2);
        String title = Fixtures.unique("Turnos en línea");
        submissions.save(fixtures.leadOf(team), team.id, new TeamInputs.SubmissionInput(title, "Works", "", null, null,
                List.of(), null, null));
        long id = submissions.finalise(fixtures.leadOf(team), team.id).id;
        given().when().get("/review").then().statusCode(200)
                .body(containsString("<a href=\"/events/" + event.slug + "/submissions#sub-" + id + "\">" + title + "</a>"))
                .body(containsString(team.name));
        submissions.review(fixtures.organizer(), id, true, null);
        given().when().get("/review").then().statusCode(200).body(not(containsString(title)));
    }

    @Test
    @TestSecurity(user = "lead-team-pages", roles = "officer")
    void the_submission_form_reports_bad_addresses_in_place() {
        Event event = fixtures.event(EventPhase.HACKING);
        Team team = teams.create(fixtures.officer("lead-team-pages"), event.slug, new TeamInputs.TeamInput("Builders", "", null, List.of()));
        Forms.Csrf csrf = Forms.csrfFrom("/teams/" + team.id + "/submission");
        form(csrf).formParam("title", "App").formParam("summary", "It works").formParam("demoUrl", "javascript:alert(1)")
                .when().post("/teams/" + team.id + "/submission").then().statusCode(400)
                .body(containsString("Demo: Enter a web address starting with http:// or https://."))
                .body(containsString("value=\"javascript:alert(1)\""));
        form(csrf).formParam("title", "App").formParam("summary", "It works").formParam("demoUrl", "https://demo.example.org")
                .when().post("/teams/" + team.id + "/submission").then().statusCode(303);
        form(csrf).when().post("/teams/" + team.id + "/submission/final").then().statusCode(303)
                .cookie("semillero-flash", "problem.team-too-small");
        given().when().get("/teams/" + team.id).then().body(containsString("https://demo.example.org"))
                .body(containsString("Draft"));
    }

    @Test
    @TestSecurity(user = "olga-team-pages", roles = {"officer", "organizer"})
    void organizers_lock_teams_review_submissions_and_export_csv() {
        Event event = fixtures.event(EventPhase.HACKING);
        Team team = fixtures.team(event, 2);
        Actor lead = fixtures.leadOf(team);
        submissions.save(lead, team.id, new TeamInputs.SubmissionInput("Ready", "Summary", "", null, null, List.of(), null, null));
        Submission submission = submissions.finalise(lead, team.id);
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug + "/teams/overview");
        form(csrf).formParam("locked", "true").when().post("/events/" + event.slug + "/teams/lock").then().statusCode(303);
        given().when().get("/events/" + event.slug + "/teams/overview").then()
                .body(containsString("Team changes are locked by the organizers."));
        form(csrf).formParam("decision", "return").formParam("comment", "")
                .when().post("/events/" + event.slug + "/submissions/" + submission.id + "/review").then().statusCode(400);
        form(csrf).formParam("decision", "accept")
                .when().post("/events/" + event.slug + "/submissions/" + submission.id + "/review").then().statusCode(303)
                .cookie("semillero-flash", "flash.submission.accepted");
        given().when().get("/events/" + event.slug + "/submissions").then().body(containsString("Accepted for voting"));
        Response csv = given().when().get("/events/" + event.slug + "/teams.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] bytes = csv.asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF\"team_id\",\"team\"");
        assertThat(new String(bytes, StandardCharsets.UTF_8).lines().count()).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "ana-team-officer", roles = "officer")
    void officers_cannot_use_organizer_pages() {
        Event event = fixtures.event(EventPhase.HACKING);
        given().redirects().follow(false).when().get("/events/" + event.slug + "/teams/overview").then().statusCode(403);
        given().redirects().follow(false).when().get("/events/" + event.slug + "/submissions").then().statusCode(403);
        given().redirects().follow(false).when().get("/events/" + event.slug + "/teams.csv").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "olga-team-xss", roles = {"officer", "organizer"})
    void stored_script_in_team_and_submission_text_is_escaped_everywhere() {
        Event event = fixtures.event(EventPhase.HACKING);
        Actor lead = fixtures.officer(Fixtures.unique("xss-lead"));
        Team team = teams.create(lead, event.slug, new TeamInputs.TeamInput(SCRIPT, SCRIPT, null, List.of(SCRIPT)));
        requests.apply(fixtures.officer(Fixtures.unique("xss-member")), team.id, SCRIPT);
        submissions.save(lead, team.id, new TeamInputs.SubmissionInput(SCRIPT, SCRIPT, SCRIPT, null, null, List.of(), null, null));
        Actor seeker = fixtures.officer(Fixtures.unique("xss-seeker"));
        board.seek(seeker, event.slug, SCRIPT, SCRIPT);
        for (String page : List.of("/events/" + event.slug + "/teams", "/teams/" + team.id, "/events/" + event.slug + "/board",
                "/events/" + event.slug + "/teams/overview", "/events/" + event.slug + "/submissions")) {
            String html = given().when().get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain("<script");
        }
    }
}
