package org.semillero.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;
import org.semillero.team.SubmissionService;

/** Jury set-up, judge workspace and results pages. */
@QuarkusTest
class JuryPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EventService events;

    @Inject
    JuryService jury;

    @Inject
    SubmissionService submissions;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    private long accepted(Event event, Actor organizer, String title) {
        return fixtures.acceptedEntry(fixtures.team(event, 2), title, organizer);
    }

    @Test
    @TestSecurity(user = "olga-jury-pages", roles = {"officer", "organizer"})
    void organizers_set_up_the_jury_through_the_page() {
        Event event = fixtures.event(EventPhase.HACKING);
        String page = "/events/" + event.slug + "/jury";
        Forms.Csrf csrf = Forms.csrfFrom(page);
        // The tie-break is an ordered choice; choosing one criterion twice is refused next to the field.
        form(csrf).formParam("juryWeight", "60").formParam("normalisation", "Z_SCORE").formParam("tieBreak1", "VOTERS")
                .formParam("tieBreak2", "VOTERS").formParam("tieBreak3", "JURY").formParam("minJudges", "1")
                .formParam("judgeComments", "ORGANIZERS").when().post(page + "/method").then().statusCode(400)
                .body(containsString("Choose each tie-break once")).body(containsString("id=\"f-tieBreak-error\""));
        form(csrf).formParam("juryWeight", "60").formParam("normalisation", "Z_SCORE").formParam("tieBreak1", "VOTERS")
                .formParam("tieBreak2", "JURY").formParam("tieBreak3", "FINALIZED").formParam("minJudges", "1")
                .formParam("judgeComments", "ORGANIZERS").when().post(page + "/method").then().statusCode(303);
        form(csrf).formParam("name", "Impact").formParam("weight", "120").when().post(page + "/criteria")
                .then().statusCode(400).body(containsString("Weight: The largest allowed value is 100."));
        form(csrf).formParam("name", "Impact").formParam("weight", "100").when().post(page + "/criteria")
                .then().statusCode(303);
        given().when().get(page).then().statusCode(200)
                .body(containsString("Jury 60 %, votes 40 %")).body(containsString("Impact (100)"))
                .body(containsString("Ties: more distinct voters, higher jury score, earlier final submission"))
                .body(containsString("<option value=\"VOTERS\" selected>more distinct voters</option>"))
                .body(org.hamcrest.Matchers.not(containsString("VOTERS,JURY")))
                .body(containsString("Fewer than 5 officers have voted."));
    }

    @Test
    @TestSecurity(user = "judge-pages", roles = "officer")
    void a_judge_scores_from_the_workspace_and_results_explain_the_ranking() {
        Event event = fixtures.event(EventPhase.HACKING);
        Actor organizer = fixtures.organizer();
        Actor admin = new Actor(organizer.personId(), java.util.Set.of("officer", "organizer", "admin"));
        long first = accepted(event, organizer, "First entry");
        long second = accepted(event, organizer, "Second entry");
        jury.declareMethod(organizer, event.slug, new JuryInputs.MethodInput(100, 0, "RAW", null, 1, null));
        long criterion = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Impact", "", 60)).id;
        long feasibility = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Feasibility", "", 40)).id;
        jury.assignJudge(organizer, event.slug, fixtures.person("judge-pages").id);
        events.changePhase(organizer, event.slug, EventPhase.HACKING, EventPhase.VOTING, null);

        String workspace = "/events/" + event.slug + "/jury/workspace";
        given().when().get(workspace).then().statusCode(200).body(containsString("Scored 0 of 2"));
        Forms.Csrf csrf = Forms.csrfFrom(workspace);
        form(csrf).formParam("score." + criterion, "9").formParam("score." + feasibility, "2")
                .when().post(workspace + "/" + first).then().statusCode(400)
                .body(containsString("Scores go from 1 to 5."));
        // A partial save: the score chosen stays chosen, the missing one is marked next to its field.
        form(csrf).formParam("score." + criterion, "4").when().post(workspace + "/" + first).then().statusCode(400)
                .body(containsString("id=\"f-scores." + criterion + "\""))
                .body(containsString("<option value=\"4\" selected>4</option>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"f-scores." + feasibility + "-error\""))
                .body(containsString("Scores: "))
                .body(org.hamcrest.Matchers.not(containsString("jury.field.")));
        form(csrf).formParam("score." + criterion, "5").formParam("score." + feasibility, "5").formParam("comment", "Great")
                .when().post(workspace + "/" + first).then().statusCode(303);
        form(csrf).formParam("score." + criterion, "3").formParam("score." + feasibility, "3")
                .when().post(workspace + "/" + second).then().statusCode(303);
        given().when().get(workspace).then().body(containsString("Scored 2 of 2"));

        events.changePhase(admin, event.slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        given().when().get("/events/" + event.slug + "/results").then().statusCode(200)
                .body(not(containsString("action=\"/projects/promote\"")))
                .body(containsString("Recomputed from the stored inputs: identical."))
                .body(containsString("First entry"))
                .body(containsString("<strong>100</strong>"))
                .body(containsString("<strong>0</strong>"));
        // The method in plain words, in the reader's language, with the explanation one click away.
        given().header("Accept-Language", "es").when().get("/events/" + event.slug + "/results").then().statusCode(200)
                .body(containsString("Puntuaciones del jurado tal como se dieron"))
                .body(org.hamcrest.Matchers.not(containsString("· RAW")))
                .body(containsString("<a href=\"/help/results\">Cómo se calculan los resultados</a>"))
                .body(containsString("<summary>Detalles de verificación</summary>"));
        given().header("Accept-Language", "es").when().get("/help/results").then().statusCode(200)
                .body(containsString("<h1>Cómo se calculan los resultados</h1>")).body(containsString("0,6 × 80"));
        given().when().get("/help/results").then().statusCode(200).body(containsString("0.6 × 80 + 0.4 × 50 = 68"));
        given().when().get("/events/" + event.slug + "/results/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("First entry"));
        given().redirects().follow(false).when().get("/events/" + event.slug + "/jury").then().statusCode(403);
    }
}
