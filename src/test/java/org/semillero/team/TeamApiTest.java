package org.semillero.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

@QuarkusTest
class TeamApiTest {

    @Inject
    org.semillero.team.TeamRequestService requests;

    @Inject
    org.semillero.team.TeamModerationService moderation;

    @Inject
    Fixtures fixtures;

    @Inject
    TeamService teams;

    @Inject
    EventService events;

    private static Map<String, Object> team(String name, String... roles) {
        return Map.of("name", name, "pitch", "We fix queues", "openRoles", List.of(roles));
    }


    @Test
    @TestSecurity(user = "ana-team", roles = "officer")
    void an_officer_creates_one_team_per_event_with_a_unique_name() {
        Event event = fixtures.event(EventPhase.IDEATION);
        String base = "/api/v1/events/" + event.slug + "/teams";
        given().contentType(ContentType.JSON).body(team("Queue Busters", "Data", "design")).when().post(base)
                .then().statusCode(201).body("name", equalTo("Queue Busters"))
                .body("openRoles", contains("data", "design"))
                .body("members[0].name", equalTo("ana-team")).body("members[0].lead", equalTo(true))
                .body("needs", equalTo(1));
        given().contentType(ContentType.JSON).body(team("Second team")).when().post(base)
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:already-in-team"));

        fixtures.team(event, 1);
        Actor other = fixtures.officer(Fixtures.unique("other"));
        assertThat(Fixtures.outcome(() -> teams.create(other, event.slug, new TeamInputs.TeamInput("queue busters", "", null, List.of()))))
                .isEqualTo("invalid-input");
        given().contentType(ContentType.JSON).body(Map.of("name", " ")).when().post(base).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ana-team-phase", roles = "officer")
    void teams_change_only_in_ideation_and_hacking_and_not_while_locked() {
        Event voting = fixtures.event(EventPhase.VOTING);
        given().contentType(ContentType.JSON).body(team("Late")).when().post("/api/v1/events/" + voting.slug + "/teams")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:wrong-phase"));
        Event hacking = fixtures.event(EventPhase.HACKING);
        moderation.lockTeams(fixtures.organizer(), hacking.slug, true);
        given().contentType(ContentType.JSON).body(team("Locked out")).when().post("/api/v1/events/" + hacking.slug + "/teams")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:teams-locked"));
        given().contentType(ContentType.JSON).body(Map.of("locked", false))
                .when().put("/api/v1/events/" + hacking.slug + "/team-lock").then().statusCode(403);
        moderation.lockTeams(fixtures.organizer(), hacking.slug, false);
        given().contentType(ContentType.JSON).body(team("Unlocked")).when().post("/api/v1/events/" + hacking.slug + "/teams")
                .then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "bruno-applies", roles = "officer")
    void an_officer_applies_and_only_the_lead_accepts() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = fixtures.team(event, 1, "law");
        int requestId = given().contentType(ContentType.JSON).body(Map.of("message", "I know the law"))
                .when().post("/api/v1/teams/" + team.id + "/applications").then().statusCode(201)
                .body("kind", equalTo("APPLICATION")).body("status", equalTo("PENDING")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("message", "again"))
                .when().post("/api/v1/teams/" + team.id + "/applications").then().statusCode(409);
        given().contentType(ContentType.JSON).when().post("/api/v1/team-requests/" + requestId + "/accept")
                .then().statusCode(403);
        requests.accept(fixtures.leadOf(team), requestId);
        given().when().get("/api/v1/teams/" + team.id).then().body("members", hasSize(2))
                .body("members.name", hasItem("bruno-applies")).body("needs", equalTo(0));
        given().contentType(ContentType.JSON).when().post("/api/v1/team-requests/" + requestId + "/withdraw")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(team("My own")).when().post("/api/v1/events/" + event.slug + "/teams")
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "lead-invites", roles = "officer")
    void the_lead_invites_and_only_the_invitee_answers() {
        Event event = fixtures.event(EventPhase.IDEATION);
        int teamId = given().contentType(ContentType.JSON).body(team("Inviters")).when()
                .post("/api/v1/events/" + event.slug + "/teams").then().statusCode(201).extract().path("id");
        Person invitee = fixtures.person(Fixtures.unique("invitee"));
        int requestId = given().contentType(ContentType.JSON).body(Map.of("personId", invitee.id))
                .when().post("/api/v1/teams/" + teamId + "/invitations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("personId", 999_999_999L))
                .when().post("/api/v1/teams/" + teamId + "/invitations").then().statusCode(400);
        given().contentType(ContentType.JSON).when().post("/api/v1/team-requests/" + requestId + "/accept")
                .then().statusCode(403);
        given().when().get("/api/v1/teams/" + teamId + "/requests").then().statusCode(200).body("$", hasSize(1));
        requests.accept(new Actor(invitee.id, java.util.Set.of("officer")), requestId);
        given().when().get("/api/v1/teams/" + teamId).then().body("members", hasSize(2));
        given().contentType(ContentType.JSON).body(Map.of("personId", invitee.id))
                .when().put("/api/v1/teams/" + teamId + "/lead").then().statusCode(200);
        given().contentType(ContentType.JSON).when().delete("/api/v1/teams/" + teamId + "/members/me")
                .then().statusCode(204);
        given().when().get("/api/v1/teams/" + teamId).then().body("members", hasSize(1))
                .body("members[0].lead", equalTo(true)).body("members[0].personId", equalTo(invitee.id.intValue()));
    }

    @Test
    @TestSecurity(user = "plain-member", roles = "officer")
    void only_the_lead_removes_declines_and_hands_over_and_a_lead_cannot_just_leave() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = fixtures.team(event, 2);
        Actor lead = fixtures.leadOf(team);
        TeamRequest mine = requests.apply(fixtures.officer("plain-member"), team.id, "hello");
        requests.accept(lead, mine.id);
        Actor outsider = fixtures.officer(Fixtures.unique("outsider"));
        TeamRequest theirs = requests.apply(outsider, team.id, "me too");
        long plain = fixtures.person("plain-member").id;
        long other = QuarkusTransaction.requiringNew().call(() -> teams.members(Team.findById(team.id)).stream()
                .filter(m -> !m.lead() && m.personId() != plain).findFirst().orElseThrow().personId());
        given().contentType(ContentType.JSON).when().delete("/api/v1/teams/" + team.id + "/members/" + other)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).when().post("/api/v1/team-requests/" + theirs.id + "/decline")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("personId", plain))
                .when().put("/api/v1/teams/" + team.id + "/lead").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .when().put("/api/v1/teams/" + team.id).then().statusCode(403);
        assertThat(Fixtures.outcome(() -> {
            requests.leave(lead, team.id);
            return null;
        })).isEqualTo("lead-must-hand-over");
        assertThat(Fixtures.outcome(() -> requests.handOver(lead, team.id, outsider.personId()))).isEqualTo("not-a-member");
        given().contentType(ContentType.JSON).when().delete("/api/v1/teams/" + team.id + "/members/me")
                .then().statusCode(204);
        given().when().get("/api/v1/teams/" + team.id).then().body("members", hasSize(2));
    }

    @Test
    void two_leads_accepting_the_same_officer_at_once_give_them_one_team() throws Exception {
        Event event = fixtures.event(EventPhase.IDEATION);
        Actor officer = fixtures.officer(Fixtures.unique("wanted"));
        List<Callable<String>> accepts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Team team = fixtures.team(event, 1);
            TeamRequest request = requests.apply(officer, team.id, "pick me");
            Actor lead = fixtures.leadOf(team);
            accepts.add(() -> Fixtures.outcome(() -> requests.accept(lead, request.id)));
        }
        List<String> outcomes = Parallel.run(accepts);
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).allMatch(o -> o.equals("already-in-team")
                || o.equals("team-request-closed"));
        assertThat(Fixtures.count("select count(*) from team_member where person_id = " + officer.personId()))
                .isEqualTo(1);
    }

    @Test
    void ten_accepts_into_a_team_with_one_seat_left_fill_exactly_that_seat() throws Exception {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = fixtures.team(event, event.teamSizeMax - 1);
        Actor lead = fixtures.leadOf(team);
        List<Callable<String>> accepts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TeamRequest request = requests.apply(fixtures.officer(Fixtures.unique("hopeful")), team.id, "me");
            accepts.add(() -> Fixtures.outcome(() -> requests.accept(lead, request.id)));
        }
        List<String> outcomes = Parallel.run(accepts);
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("team-full"::equals).hasSize(9);
        assertThat(Fixtures.count("select count(*) from team_member where team_id = " + team.id))
                .isEqualTo(event.teamSizeMax);
    }

    @Test
    @TestSecurity(user = "olga-teams", roles = {"officer", "organizer"})
    void organizers_move_members_and_dissolve_teams_with_a_reason() {
        Event event = fixtures.event(EventPhase.HACKING);
        Team from = fixtures.team(event, 3);
        Team to = fixtures.team(event, 1);
        long member = QuarkusTransaction.requiringNew().call(() -> teams.members(Team.findById(from.id)).get(2).personId());
        given().contentType(ContentType.JSON).body(Map.of("personId", member, "toTeamId", to.id))
                .when().post("/api/v1/teams/" + from.id + "/move").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("personId", member, "toTeamId", to.id, "reason", "Balance"))
                .when().post("/api/v1/teams/" + from.id + "/move").then().statusCode(204);
        given().when().get("/api/v1/teams/" + to.id).then().body("members", hasSize(2));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Duplicate team"))
                .when().post("/api/v1/teams/" + to.id + "/dissolve").then().statusCode(204);
        given().when().get("/api/v1/teams/" + to.id).then().body("dissolved", equalTo(true)).body("members", hasSize(0));
        given().when().get("/api/v1/events/" + event.slug + "/teams").then().body("items.id", contains(from.id.intValue()));
        assertThat(Fixtures.count("select count(*) from team_history where kind = 'MOVED_IN' and reason = 'Balance' and team_id = "
                + to.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "seeker-with-data", roles = "officer")
    void the_board_suggests_teams_that_need_my_skills_first() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team design = fixtures.team(event, 1, "design");
        Team data = fixtures.team(event, 1, "data analysis", "law");
        given().contentType(ContentType.JSON).body(Map.of("skills", "Data Analysis, statistics", "note", "Free evenings"))
                .when().put("/api/v1/events/" + event.slug + "/board/me").then().statusCode(204);
        given().when().get("/api/v1/events/" + event.slug + "/board").then().statusCode(200)
                .body("suggestedTeams[0].team.id", equalTo(data.id.intValue()))
                .body("suggestedTeams[0].sharedSkills", contains("data analysis"))
                .body("suggestedTeams.team.id", hasItem(design.id.intValue()))
                .body("seekers.name", hasItem("seeker-with-data"));
        given().when().get("/api/v1/teams/" + data.id + "/suggested-people").then().statusCode(200)
                .body("[0].name", equalTo("seeker-with-data")).body("[0].sharedSkills", contains("data analysis"));
    }

    @Test
    @TestSecurity(user = "lead-submits", roles = "officer")
    void the_team_submits_during_hacking_and_finalises_only_at_minimum_size() {
        Event event = fixtures.event(EventPhase.HACKING);
        int teamId = given().contentType(ContentType.JSON).body(team("Submitters")).when()
                .post("/api/v1/events/" + event.slug + "/teams").then().statusCode(201).extract().path("id");
        String path = "/api/v1/teams/" + teamId + "/submission";
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Queue app", "summary", "An app",
                "demoUrl", "javascript:alert(1)", "sourceUrl", "ftp://example.org/x"));
        given().contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(400)
                .body("errors.field", hasItem("demoUrl")).body("errors.field", hasItem("sourceUrl"));
        body.put("demoUrl", "https://demo.example.org/queue");
        body.put("sourceUrl", "https://code.example.org/queue");
        given().contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().contentType(ContentType.JSON).when().post(path + "/final").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:team-too-small"));
        Actor newcomer = fixtures.officer(Fixtures.unique("newcomer"));
        TeamRequest request = requests.apply(newcomer, teamId, "hi");
        given().contentType(ContentType.JSON).when().post("/api/v1/team-requests/" + request.id + "/accept")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).when().post(path + "/final").then().statusCode(200)
                .body("status", equalTo("FINAL"));
        Team other = fixtures.team(event, 2);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/teams/" + other.id + "/submission")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "olga-reviews", roles = {"officer", "organizer"})
    void organizers_accept_final_submissions_and_return_others_with_a_comment() {
        Event event = fixtures.event(EventPhase.HACKING);
        Team first = fixtures.team(event, 2);
        Team second = fixtures.team(event, 2);
        TeamInputs.SubmissionInput input = new TeamInputs.SubmissionInput("Work", "Summary", "", "https://x.example.org", null, List.of(), null, null);
        QuarkusTransaction.requiringNew().run(() -> { });
        long firstId = submissionsFor(first, input);
        long secondId = submissionsFor(second, input);
        given().contentType(ContentType.JSON).body(Map.of("accept", false))
                .when().post("/api/v1/submissions/" + secondId + "/review").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("accept", false, "comment", "Add a demo video"))
                .when().post("/api/v1/submissions/" + secondId + "/review").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/submissions/" + firstId + "/review").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/submissions/" + firstId + "/review").then().statusCode(409);
        given().queryParam("status", "ACCEPTED").when().get("/api/v1/events/" + event.slug + "/submissions")
                .then().body("id", contains((int) firstId));
        events.changePhase(fixtures.organizer(), event.slug, EventPhase.HACKING, EventPhase.VOTING, null);
        assertThat(Fixtures.outcome(() -> submissions.save(fixtures.leadOf(second), second.id, input))).isEqualTo("wrong-phase");
    }

    @Inject
    SubmissionService submissions;

    private long submissionsFor(Team team, TeamInputs.SubmissionInput input) {
        Actor lead = fixtures.leadOf(team);
        submissions.save(lead, team.id, input);
        return submissions.finalise(lead, team.id).id;
    }
}
