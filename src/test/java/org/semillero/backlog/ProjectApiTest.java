package org.semillero.backlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaAction;
import org.semillero.idea.IdeaService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;
import org.semillero.team.Submission;
import org.semillero.team.SubmissionService;
import org.semillero.team.Team;
import org.semillero.team.TeamInputs;

@QuarkusTest
class ProjectApiTest {

    @Inject
    org.semillero.backlog.PromotionService promotions;

    @Inject
    org.semillero.idea.IdeaLifecycleService lifecycle;

    @Inject
    Fixtures fixtures;

    @Inject
    EventService events;

    @Inject
    SubmissionService submissions;

    @Inject
    IdeaService ideas;

    @Inject
    ProjectService projects;

    private record Winner(Event event, long submissionId, Team team, Idea idea) {
    }

    /** An event in RESULTS whose accepted submission implements a submitted idea. */
    private Winner winner() {
        Fixtures.Theme theme = fixtures.theme();
        Idea idea = ideas.propose(fixtures.officer(Fixtures.unique("ideator")),
                Fixtures.ideaInput("Winning idea " + Fixtures.unique("w"), theme.event().slug, theme.challenge().id), true);
        Actor admin = new Actor(theme.organizer().personId(), java.util.Set.of("officer", "organizer", "admin"));
        events.changePhase(admin, theme.event().slug, EventPhase.IDEATION, EventPhase.HACKING, null);
        Team team = fixtures.team(theme.event(), 2);
        Actor lead = fixtures.leadOf(team);
        submissions.save(lead, team.id, new TeamInputs.SubmissionInput("Winner", "Summary", "", null, null, List.of(idea.id),
                theme.challenge().id, null));
        Submission s = submissions.finalise(lead, team.id);
        submissions.review(admin, s.id, true, null);
        events.changePhase(admin, theme.event().slug, EventPhase.HACKING, EventPhase.VOTING, null);
        events.changePhase(admin, theme.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        return new Winner(theme.event(), s.id, team, idea);
    }

    @Test
    @TestSecurity(user = "ines-promotes", roles = {"officer", "innovation-office"})
    void promoting_a_winner_keeps_its_links_credits_the_team_and_happens_once() throws Exception {
        Winner w = winner();
        int id = given().contentType(ContentType.JSON).body(Map.of("submissionId", w.submissionId()))
                .when().post("/api/v1/projects").then().statusCode(201)
                .body("stage", equalTo("PROPOSED"))
                .body("eventId", equalTo(w.event().id.intValue()))
                .body("resultsRank", equalTo(1))
                .body("teamId", equalTo(w.team().id.intValue()))
                .body("ideaIds", contains(w.idea().id.intValue()))
                .body("contributors", hasSize(2))
                .extract().path("id");
        given().when().get("/api/v1/ideas/" + w.idea().id).then().body("state", equalTo("PROMOTED"));
        List<Callable<Integer>> again = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            again.add(() -> given().contentType(ContentType.JSON).body(Map.of("submissionId", w.submissionId()))
                    .when().post("/api/v1/projects").then().extract().statusCode());
        }
        assertThat(Parallel.run(again)).containsOnly(200);
        assertThat(Fixtures.count("select count(*) from project where submission_id = " + w.submissionId())).isEqualTo(1);
        given().when().get("/api/v1/projects/" + id + "/history").then().body("kind", hasItem("PROMOTED"));
    }

    @Test
    @TestSecurity(user = "ines-box", roles = {"officer", "innovation-office"})
    void only_shortlisted_idea_box_ideas_are_promoted_and_not_before_results() {
        Idea idea = fixtures.boxIdea("Box idea " + Fixtures.unique("b"));
        given().contentType(ContentType.JSON).body(Map.of("ideaId", idea.id)).when().post("/api/v1/projects")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:promotion-idea-not-shortlisted"));
        lifecycle.transition(fixtures.organizer(), idea.id, IdeaAction.SHORTLIST, null, null);
        given().contentType(ContentType.JSON).body(Map.of("ideaId", idea.id)).when().post("/api/v1/projects")
                .then().statusCode(201).body("contributors", hasSize(1));
        Event voting = fixtures.event(EventPhase.HACKING);
        Team team = fixtures.team(voting, 2);
        submissions.save(fixtures.leadOf(team), team.id, new TeamInputs.SubmissionInput("T", "S", "", null, null, List.of(), null, null));
        long s = submissions.finalise(fixtures.leadOf(team), team.id).id;
        given().contentType(ContentType.JSON).body(Map.of("submissionId", s)).when().post("/api/v1/projects")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:promotion-before-results"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/projects").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ines-gates", roles = {"officer", "innovation-office"})
    void every_gate_says_what_is_missing_and_the_office_can_override_with_a_reason() {
        Winner w = winner();
        long id = promotions.promoteSubmission(fixtures.organizer(), w.submissionId()).project().id;
        String base = "/api/v1/projects/" + id;
        given().contentType(ContentType.JSON).body(Map.of("to", "IN_PROGRESS")).when().post(base + "/stage")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:project-stage-order"));
        given().contentType(ContentType.JSON).body(Map.of("to", "APPROVED")).when().post(base + "/stage")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:gate-not-met"))
                .body("errors.message", containsInAnyOrder("Add a sponsor.", "Add an owner.",
                        "Write the decision note."));
        long sara = fixtures.person("sponsor-sara").id;
        Map<String, Object> edit = new java.util.HashMap<>(Map.of("title", "Certificates online, comma, \"quoted\"",
                "sponsorId", sara, "ownerId", fixtures.person("ines-gates").id, "departments", "Registry, IT"));
        given().contentType(ContentType.JSON).body(edit).when().put(base).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("to", "APPROVED", "decisionNote", "Board approved on 3 March"))
                .when().post(base + "/stage").then().statusCode(200).body("stage", equalTo("APPROVED"));
        given().contentType(ContentType.JSON).body(Map.of("to", "IN_PROGRESS")).when().post(base + "/stage")
                .then().statusCode(409).body("errors[0].message", equalTo("Plan at least one milestone."));
        given().contentType(ContentType.JSON).body(Map.of("title", "Design", "weight", 30)).when().post(base + "/milestones")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("title", "Build", "weight", 70, "dueDate", "2027-06-30"))
                .when().post(base + "/milestones").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("to", "IN_PROGRESS")).when().post(base + "/stage")
                .then().statusCode(200);
        long design = given().when().get(base + "/milestones").then().extract().<Integer>path("find { it.title == 'Design' }.id");
        given().contentType(ContentType.JSON).body(Map.of("done", true)).when().put(base + "/milestones/" + design)
                .then().statusCode(204);
        given().when().get(base).then().body("progress", equalTo(30));
        given().contentType(ContentType.JSON).body(Map.of("to", "PILOT")).when().post(base + "/stage")
                .then().statusCode(409).body("errors[0].message", equalTo("Give at least one indicator a baseline."));
        given().contentType(ContentType.JSON).body(Map.of("name", "Days to certificate", "unit", "days", "baseline", 21,
                "target", 1)).when().post(base + "/kpis").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("to", "PILOT")).when().post(base + "/stage").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Pilot started in two offices", "progressNote", "On track"))
                .when().post(base + "/updates").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("to", "DELIVERED")).when().post(base + "/stage")
                .then().statusCode(409).body("errors[0].message", equalTo("Mark every milestone done."));
        given().contentType(ContentType.JSON).body(Map.of("to", "DELIVERED", "overrideReason", " "))
                .when().post(base + "/stage").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("to", "DELIVERED", "overrideReason", "Build done by a vendor"))
                .when().post(base + "/stage").then().statusCode(200).body("stage", equalTo("DELIVERED"));
        given().when().get(base + "/history").then().body("detail", hasItem(org.hamcrest.Matchers.containsString(
                "override: Build done by a vendor")));
        String csv = new String(given().when().get("/api/v1/projects/export.csv?stage=DELIVERED").asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\"Certificates online, comma, \"\"quoted\"\"\"");
    }

    @Test
    @TestSecurity(user = "owner-olivia", roles = "officer")
    void owners_change_their_project_officers_only_read_and_follow_and_stopping_needs_lessons() {
        Winner w = winner();
        Actor office = new Actor(fixtures.officer(Fixtures.unique("office")).personId(),
                java.util.Set.of("officer", "innovation-office"));
        long mine = promotions.promoteSubmission(office, w.submissionId()).project().id;
        Winner other = winner();
        long theirs = promotions.promoteSubmission(office, other.submissionId()).project().id;
        long olivia = fixtures.person("owner-olivia").id;
        projects.update(office, mine, new ProjectInputs.ProjectInput("Mine", "", "", null, olivia, "", "", null, "", null));

        given().contentType(ContentType.JSON).body(Map.of("text", "Owner update")).when()
                .post("/api/v1/projects/" + mine + "/updates").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("text", "Not mine")).when()
                .post("/api/v1/projects/" + theirs + "/updates").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("title", "Hijack")).when().put("/api/v1/projects/" + theirs)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).when().put("/api/v1/projects/" + theirs + "/followers/me").then().statusCode(204);
        given().when().get("/api/v1/projects/" + theirs).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("to", "STOPPED", "stopReason", "No budget"))
                .when().post("/api/v1/projects/" + mine + "/stage").then().statusCode(409)
                .body("errors[0].message", equalTo("Write the lessons learned."));
        given().contentType(ContentType.JSON).body(Map.of("to", "APPROVED", "overrideReason", "Just do it"))
                .when().post("/api/v1/projects/" + mine + "/stage").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("to", "STOPPED", "stopReason", "No budget",
                "lessons", "Secure funding first")).when().post("/api/v1/projects/" + mine + "/stage")
                .then().statusCode(200).body("stage", equalTo("STOPPED"));
        given().when().get("/api/v1/dashboard/funnel").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ines-dashboard", roles = {"officer", "innovation-office"})
    void the_funnel_counts_a_seeded_event_exactly() {
        Winner w = winner();
        // The innovation office may promote from the results page (asked once per page, not per row).
        given().when().get("/events/" + w.event().slug + "/results").then().statusCode(200)
                .body(containsString("action=\"/projects/promote\""));
        ideas.propose(fixtures.officer(Fixtures.unique("d")), Fixtures.ideaInput("Draft not counted", null, null), false);
        promotions.promoteSubmission(fixtures.organizer(), w.submissionId());
        given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/funnel").then().statusCode(200)
                .body("key", contains("challenges", "with-ideas", "with-entries", "with-projects", "with-delivered"))
                .body("count", contains(1, 1, 1, 1, 0))
                .body("conversion", contains(null, 100.0f, 100.0f, 100.0f, 0.0f));
        given().queryParam("event", w.event().slug).queryParam("cohort", "ideas").when().get("/api/v1/dashboard/funnel")
                .then().statusCode(200).body("key", contains("ideas", "in-entries", "promoted", "delivered"))
                .body("count", contains(1, 1, 1, 0));
        given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/activity").then().statusCode(200)
                .body("key", contains("challenges", "ideas", "submissions", "projects", "delivered"))
                .body("count", contains(1, 1, 1, 1, 0));
        given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/stages").then().statusCode(200)
                .body("find { it.stage == 'PROPOSED' }.now", equalTo(1))
                .body("find { it.stage == 'PROPOSED' }.visited", equalTo(1))
                .body("find { it.stage == 'PILOT' }.now", equalTo(0));
        given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/lead-times").then().statusCode(200)
                .body("find { it.key == 'results-to-promotion' }.measured", equalTo(1));
        given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/trends").then().statusCode(200)
                .body("size()", equalTo(8)).body("[7].soFar", equalTo(true));
        given().when().get("/api/v1/dashboard/participation").then().statusCode(200);
        given().when().get("/api/v1/dashboard/stale").then().statusCode(200);
        String csv = new String(given().queryParam("event", w.event().slug).when().get("/api/v1/dashboard/funnel.csv")
                .asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"with-projects\",\"1\",\"100.0\",\"1\"");
        given().when().get("/api/v1/dashboard/everything.csv").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().queryParam("to", "2026-01-01").queryParam("from", "2026-02-01").when().get("/api/v1/dashboard/funnel")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("cohort", "teams").when().get("/api/v1/dashboard/funnel").then().statusCode(400);
    }
}
