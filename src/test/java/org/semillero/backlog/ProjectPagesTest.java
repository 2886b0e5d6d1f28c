package org.semillero.backlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaAction;
import org.semillero.idea.IdeaService;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/** Backlog and dashboard pages as the innovation office uses them. */
@QuarkusTest
class ProjectPagesTest {

    private static final String SCRIPT = "<script>alert('p')</script>";

    @Inject
    org.semillero.backlog.PromotionService promotions;

    @Inject
    org.semillero.idea.IdeaLifecycleService lifecycle;

    @Inject
    Fixtures fixtures;

    @Inject
    IdeaService ideas;

    @Inject
    ProjectService projects;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    @Test
    @TestSecurity(user = "ines-pages", roles = {"officer", "innovation-office"})
    void the_office_promotes_an_idea_and_moves_it_through_the_gates_from_the_pages() {
        Idea idea = fixtures.boxIdea(SCRIPT);
        lifecycle.transition(fixtures.organizer(), idea.id, IdeaAction.SHORTLIST, null, null);
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/" + idea.id);
        given().when().get("/ideas/" + idea.id).then().body(containsString("Promote to the backlog"));
        Response promoted = form(csrf).formParam("ideaId", String.valueOf(idea.id)).when().post("/projects/promote");
        String page = promoted.getHeader("Location");
        given().when().get(page).then().statusCode(200)
                .body(containsString("Proposed")).body(not(containsString(SCRIPT)))
                .body(containsString("before moving it there")).body(containsString("Add a sponsor."))
                // Its origin by name (escaped), linked: never a bare "its idea" or an event's number.
                .body(containsString("<a href=\"/ideas/" + idea.id + "\">Idea: &lt;script&gt;"));
        String id = page.substring(page.lastIndexOf('/') + 1);
        form(csrf).formParam("to", "APPROVED").when().post("/projects/" + id + "/stage").then().statusCode(409)
                .body(containsString("Add an owner."));
        long ines = fixtures.person("ines-pages").id;
        // People are found by name in the form and chosen; what was typed meanwhile stays.
        form(csrf).formParam("title", "Renamed").formParam("ownerQuery", "ines-pag").formParam("action", "find-owner")
                .when().post("/projects/" + id + "/edit").then().statusCode(200)
                .body(containsString("value=\"Renamed\""))
                .body(containsString("name=\"ownerId\" value=\"" + ines + "\""));
        // Every problem at once, the typed values kept; a tampered version is a 400, not a 500.
        form(csrf).formParam("title", "").formParam("budget", "lots").formParam("effort", "Two sprints")
                .formParam("ownerId", "999999999").formParam("version", "x' or 1=1")
                .when().post("/projects/" + id + "/edit").then().statusCode(400)
                .body(containsString("Enter a number, e.g. 12.5.")).body(containsString("This field is required."))
                .body(containsString("Choose a person from the list.")).body(containsString("Enter a whole number."))
                .body(containsString("value=\"Two sprints\"")).body(containsString("value=\"lots\""))
                // Without JavaScript, the browser moves focus to the list of problems, and the title says so.
                .body(containsString("tabindex=\"-1\" autofocus>")).body(containsString("<title>Error: "));
        form(csrf).formParam("title", "Renamed").formParam("ownerId", String.valueOf(ines))
                .formParam("sponsorId", String.valueOf(ines))
                .when().post("/projects/" + id + "/edit").then().statusCode(303);
        form(csrf).formParam("to", "APPROVED").formParam("decisionNote", "Approved by the board")
                .when().post("/projects/" + id + "/stage").then().statusCode(303);
        given().header("Accept-Language", "es").when().get("/projects/" + id).then()
                .body(containsString("Cambio de etapa — Propuesto → Aprobado"))
                .body(not(containsString("PROPOSED → APPROVED")));
        form(csrf).formParam("title", "Pilot plan").formParam("weight", "nope").when().post("/projects/" + id + "/milestones")
                .then().statusCode(400).body(containsString("Enter a whole number."));
        form(csrf).formParam("title", "Pilot plan").formParam("weight", "2").formParam("dueDate", "2027-05-01")
                .when().post("/projects/" + id + "/milestones").then().statusCode(303);
        form(csrf).formParam("text", "Kick-off held").formParam("progressNote", "On track")
                .when().post("/projects/" + id + "/updates").then().statusCode(303);
        given().when().get("/projects/" + id).then().body(containsString("Renamed")).body(containsString("Kick-off held"))
                .body(containsString("Pilot plan")).body(containsString("Approved"));
        given().when().get("/projects?stage=APPROVED").then().statusCode(200).body(containsString("Renamed"));
        given().when().get("/dashboard").then().statusCode(200)
                .body(containsString("Cohort funnel")).body(containsString("<svg class=\"chart no-print\""));
        // The page's download links work with the browser's session, not only with a bearer token.
        given().when().get("/projects/export.csv?stage=APPROVED").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("Renamed"));
        given().when().get("/projects/export.json?stage=APPROVED").then().statusCode(200)
                .contentType(containsString("application/json")).body(containsString("\"Renamed\""));
        given().when().get("/projects/export.csv?year=soon").then().statusCode(400);
        given().when().get("/dashboard/export/funnel.csv").then().statusCode(200).contentType(containsString("text/csv"));
        given().when().get("/dashboard/export/funnel.csv?from=soon").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "olga-certifies", roles = {"officer", "organizer"})
    void organizers_print_participation_certificates_and_profiles_list_participation() {
        org.semillero.event.Event event = fixtures.event(org.semillero.event.EventPhase.HACKING);
        org.semillero.team.Team team = fixtures.team(event, 2);
        org.semillero.people.Person lead = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.semillero.people.Person.<org.semillero.people.Person>findById(
                        org.semillero.team.Team.<org.semillero.team.Team>findById(team.id).leadId));
        given().when().get("/events/" + event.slug + "/certificates").then().statusCode(200)
                .body(containsString(lead.displayName));
        given().when().get("/events/" + event.slug + "/certificates/" + lead.id).then().statusCode(200)
                .body(containsString("Certificate of participation")).body(containsString("Team lead"))
                .body(containsString(event.title));
        given().when().get("/events/" + event.slug + "/certificates/" + fixtures.person("olga-certifies").id)
                .then().statusCode(404);
        fixtures.team(event, 1);
        given().when().get("/profile").then().body(containsString("What I took part in"));
    }

    @Test
    @TestSecurity(user = "ana-reads", roles = "officer")
    void officers_read_and_follow_but_see_no_tools_and_no_dashboard() {
        Idea idea = fixtures.boxIdea("Readable " + Fixtures.unique("r"));
        lifecycle.transition(fixtures.organizer(), idea.id, IdeaAction.SHORTLIST, null, null);
        org.semillero.shared.security.Actor office = new org.semillero.shared.security.Actor(
                fixtures.officer(Fixtures.unique("o")).personId(), java.util.Set.of("officer", "innovation-office"));
        long id = promotions.promoteIdea(office, idea.id).project().id;
        given().when().get("/projects/" + id).then().statusCode(200).body(not(containsString("Next stage")))
                .body(containsString("Follow this project"));
        Forms.Csrf csrf = Forms.csrfFrom("/projects/" + id);
        form(csrf).formParam("follow", "true").when().post("/projects/" + id + "/follow").then().statusCode(303);
        given().when().get("/projects/" + id).then().body(containsString("Stop following"));
        form(csrf).formParam("text", "x").when().post("/projects/" + id + "/updates").then().statusCode(403);
        given().redirects().follow(false).when().get("/dashboard").then().statusCode(403);
        given().redirects().follow(false).when().get("/dashboard/export/funnel.csv").then().statusCode(403);
        given().redirects().follow(false).when().get("/projects/" + id + "/edit").then().statusCode(403);
        given().redirects().follow(false).when().get("/events/" + fixtures.event(org.semillero.event.EventPhase.HACKING).slug
                + "/certificates").then().statusCode(403);
    }
}
