package org.semillero.vote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;
import org.semillero.team.SubmissionService;
import org.semillero.team.TeamService;

@QuarkusTest
class VoteApiTest {

    @Inject
    org.semillero.team.TeamRequestService requests;

    @Inject
    Fixtures fixtures;

    @Inject
    TeamService teams;

    @Inject
    SubmissionService submissions;

    @Inject
    EventService events;

    @Inject
    VoteService votes;


    private Fixtures.Voting voting(int count, String memberOfFirst) {
        return fixtures.voting(count, memberOfFirst);
    }


    @Test
    @TestSecurity(user = "voter-rules", roles = "officer")
    void the_ballot_enforces_budget_per_entry_max_and_own_team() {
        Fixtures.Voting v = voting(4, "voter-rules");
        String ballot = "/api/v1/events/" + v.event().slug + "/ballot";
        given().when().get(ballot).then().statusCode(200)
                .body("budget", equalTo(5)).body("maxPerEntry", equalTo(2)).body("left", equalTo(5))
                .body("entries.title", not(hasItem("Not on ballot")))
                .body("entries.find { it.submissionId == " + v.entries().get(0) + " }.ownTeam", equalTo(true));
        List<Object> order = given().when().get(ballot).path("entries.submissionId");
        assertThat(given().when().get(ballot).<List<Object>>path("entries.submissionId")).isEqualTo(order);

        given().contentType(ContentType.JSON).body(Map.of("points", 1))
                .when().put(ballot + "/votes/" + v.entries().get(0)).then().statusCode(400)
                .body("errors[0].message", equalTo("You cannot vote for your own team."));
        given().contentType(ContentType.JSON).body(Map.of("points", 3))
                .when().put(ballot + "/votes/" + v.entries().get(1)).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("points", 2))
                .when().put(ballot + "/votes/" + v.entries().get(1)).then().statusCode(200).body("left", equalTo(3));
        given().contentType(ContentType.JSON).body(Map.of("points", 2))
                .when().put(ballot + "/votes/" + v.entries().get(2)).then().statusCode(200).body("left", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("points", 2))
                .when().put(ballot + "/votes/" + v.entries().get(3)).then().statusCode(400)
                .body("errors[0].field", equalTo("points"));
        given().contentType(ContentType.JSON)
                .body(Map.of("votes", Map.of(v.entries().get(3).toString(), 2, v.entries().get(1).toString(), 1)))
                .when().put(ballot).then().statusCode(200).body("used", equalTo(3)).body("left", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("points", 1))
                .when().put(ballot + "/votes/999999999").then().statusCode(404);
        assertThat(Fixtures.count("select count(*) from ballot_log where event_id = " + v.event().id)).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = "voter-page", roles = "officer")
    void the_ballot_page_saves_points_and_explains_refusals() {
        Fixtures.Voting v = voting(3, "voter-page");
        String page = "/events/" + v.event().slug + "/ballot";
        given().when().get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("You cannot vote for your own team."))
                .body(org.hamcrest.Matchers.containsString("Used: 0 · Left: 5"));
        org.semillero.support.Forms.Csrf csrf = org.semillero.support.Forms.csrfFrom(page);
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("points." + v.entries().get(1), "2").formParam("points." + v.entries().get(2), "9")
                .when().post(page).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("At most 2 points per entry."))
                .body(org.hamcrest.Matchers.containsString("value=\"9\""))
                // Next to the field, marked invalid, and named by its label in the summary (never a message key).
                .body(org.hamcrest.Matchers.containsString("aria-invalid=\"true\" aria-describedby=\"f-points."
                        + v.entries().get(2) + "-error\""))
                .body(org.hamcrest.Matchers.containsString("<p class=\"error\" id=\"f-points." + v.entries().get(2)
                        + "-error\">At most 2 points per entry.</p>"))
                .body(org.hamcrest.Matchers.containsString("Points: At most 2 points per entry."))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("vote.field.")));
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("points." + v.entries().get(1), "2").formParam("points." + v.entries().get(2), "1")
                .when().post(page).then().statusCode(303);
        given().when().get(page).then().body(org.hamcrest.Matchers.containsString("Used: 3 · Left: 2"));
        given().redirects().follow(false).formParam("points." + v.entries().get(1), "1").when().post(page)
                .then().statusCode(400);
        // Once voting ended the ballot is shown as counted, read-only: no form to submit in vain.
        Actor admin = new Actor(v.organizer().personId(), java.util.Set.of("officer", "organizer", "admin"));
        events.changePhase(admin, v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        given().when().get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Voting has ended"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("method=\"post\" action=\"" + page + "\"")))
                .body(org.hamcrest.Matchers.containsString("<td>2</td>"));
    }

    @Test
    @TestSecurity(user = "voter-early", roles = "officer")
    void voting_happens_only_in_the_voting_phase() {
        Event hacking = fixtures.event(EventPhase.HACKING);
        given().contentType(ContentType.JSON).body(Map.of("votes", Map.of()))
                .when().put("/api/v1/events/" + hacking.slug + "/ballot").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:wrong-phase"));
    }

    @Test
    void the_database_refuses_a_vote_over_budget_whatever_the_caller() {
        Fixtures.Voting v = voting(3, null);
        Person voter = fixtures.person(Fixtures.unique("direct"));
        votes.vote(new Actor(voter.id, java.util.Set.of("officer")), v.event().slug, v.entries().get(0), 2);
        votes.vote(new Actor(voter.id, java.util.Set.of("officer")), v.event().slug, v.entries().get(1), 2);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> Event.getEntityManager()
                .createNativeQuery("insert into vote (event_id, voter_id, submission_id, points) values (:e, :v, :s, 2)")
                .setParameter("e", v.event().id).setParameter("v", voter.id).setParameter("s", v.entries().get(2))
                .executeUpdate())).hasStackTraceContaining("over the budget");
    }

    @Test
    @TestSecurity(user = "voter-race", roles = "officer")
    void a_hundred_parallel_changes_from_one_voter_never_exceed_the_budget() throws Exception {
        Fixtures.Voting v = voting(5, null);
        String ballot = "/api/v1/events/" + v.event().slug + "/ballot/votes/";
        Random random = new Random(42);
        List<Callable<Integer>> changes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long entry = v.entries().get(random.nextInt(v.entries().size()));
            int points = random.nextInt(3);
            changes.add(() -> given().contentType(ContentType.JSON).body(Map.of("points", points))
                    .when().put(ballot + entry).statusCode());
        }
        List<Integer> statuses = Parallel.run(changes);
        assertThat(statuses).allMatch(s -> s == 200 || s == 400 || s == 409);
        long voter = fixtures.person("voter-race").id;
        long used = Fixtures.count("select coalesce(sum(points), 0) from vote where voter_id = " + voter);
        assertThat(used).isBetween(0L, 5L);
        assertThat(Fixtures.count("select count(*) from vote where points > 2 and voter_id = " + voter)).isZero();
        given().when().get("/api/v1/events/" + v.event().slug + "/ballot").then().body("used", equalTo((int) used));
    }

    @Test
    void two_hundred_voters_in_parallel_lose_no_point() throws Exception {
        Fixtures.Voting v = voting(2, null);
        long entry = v.entries().get(0);
        List<Callable<String>> voters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Actor voter = fixtures.officer(Fixtures.unique("crowd"));
            voters.add(() -> Fixtures.outcome(() -> votes.vote(voter, v.event().slug, entry, 1)));
        }
        List<String> outcomes = Parallel.run(voters);
        long accepted = outcomes.stream().filter("ok"::equals).count();
        assertThat(accepted).isEqualTo(200);
        assertThat(Fixtures.count("select coalesce(sum(points), 0) from vote where submission_id = " + entry))
                .isEqualTo(accepted);
    }

    @Test
    @TestSecurity(user = "voter-secret", roles = "officer")
    void a_ballot_shows_only_its_voters_choices_and_turnout_only_counts() {
        Fixtures.Voting v = voting(2, null);
        votes.vote(fixtures.officer(Fixtures.unique("someone")), v.event().slug, v.entries().get(0), 2);
        given().when().get("/api/v1/events/" + v.event().slug + "/ballot").then()
                .body("used", equalTo(0))
                .body("entries.myPoints", not(hasItem(2)));
        given().when().get("/api/v1/events/" + v.event().slug + "/turnout").then().statusCode(403);
        // One voter is fewer than the smallest group turnout shows: no number at all.
        assertThat(votes.turnout(fixtures.organizer(), v.event().slug).voters()).isNull();
    }
}
