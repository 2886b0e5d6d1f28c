package org.semillero.judging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures.Voting;
import org.semillero.support.Fixtures;
import org.semillero.vote.BallotHistoryRetention;
import org.semillero.vote.Turnout;
import org.semillero.vote.VoteService;

/** Secrecy holds across sequences of allowed steps, not only within one request. */
@QuarkusTest
class ResultsSecrecyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EventService events;

    @Inject
    VoteService votes;

    @Inject
    ResultsService results;

    @Inject
    BallotHistoryRetention retention;

    private Actor admin(String name) {
        return new Actor(fixtures.person(name).id, Set.of(Roles.OFFICER, Roles.ORGANIZER, Roles.ADMIN));
    }

    /**
     * The attack: publish, step back, let one officer vote, publish again and subtract. An
     * organizer (any organizer, not only the event's) cannot step back once results are public.
     */
    @Test
    @TestSecurity(user = "curious-organizer", roles = {"officer", "organizer"})
    void an_organizer_cannot_reopen_voting_after_results_are_published() {
        Voting v = fixtures.voting(2, null);
        votes.vote(fixtures.officer(Fixtures.unique("v")), v.event().slug, v.entries().get(0), 2);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("from", "RESULTS", "to", "VOTING", "reason", "to fix a date"))
                .when().post("/api/v1/events/" + v.event().slug + "/phase-changes").then().statusCode(403);
        assertThatThrownBy(() -> events.changePhase(v.organizer(), v.event().slug, EventPhase.RESULTS,
                EventPhase.VOTING, "to fix a date")).hasMessageContaining("event-action-forbidden");
        assertThat(Fixtures.count("select count(*) from result_snapshot where event_id = " + v.event().id)).isEqualTo(1);
        given().when().get("/api/v1/events/" + v.event().slug + "/results").then().statusCode(200)
                .body("history", hasSize(1));
    }

    @Test
    @TestSecurity(user = "results-reader", roles = "officer")
    void an_admin_reopens_with_a_reason_and_every_publication_is_kept_and_shown() {
        Voting v = fixtures.voting(2, null);
        String adminName = Fixtures.unique("admin");
        Actor admin = admin(adminName);
        votes.vote(fixtures.officer(Fixtures.unique("v")), v.event().slug, v.entries().get(0), 2);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        assertThatThrownBy(() -> events.changePhase(admin, v.event().slug, EventPhase.RESULTS, EventPhase.VOTING, " "))
                .hasMessageContaining("invalid-input");
        events.changePhase(admin, v.event().slug, EventPhase.RESULTS, EventPhase.VOTING, "A team's entry was left out");
        votes.vote(fixtures.officer(Fixtures.unique("late")), v.event().slug, v.entries().get(1), 1);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);

        given().when().get("/api/v1/events/" + v.event().slug + "/results").then().statusCode(200)
                .body("history", hasSize(2))
                .body("history[0].withdrawnReason", equalTo("A team's entry was left out"))
                .body("history[0].withdrawnBy", equalTo(adminName))
                .body("history[1].withdrawnAt", equalTo(null))
                .body("lines.find { it.row.entryId == " + v.entries().get(1) + " }.row.points", equalTo(1));
        given().when().get("/events/" + v.event().slug + "/results").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Publication history"))
                .body(org.hamcrest.Matchers.containsString("A team&#39;s entry was left out"));
        // The stored publications cannot be deleted or rewritten by anyone, whatever the path.
        assertThatThrownBy(() -> Fixtures.execute("delete from result_snapshot where event_id = " + v.event().id))
                .hasStackTraceContaining("published results are kept");
        assertThatThrownBy(() -> Fixtures.execute("update result_snapshot set ranking = '[]' where event_id = " + v.event().id))
                .hasStackTraceContaining("published results are kept");
        assertThat(Fixtures.count("select count(*) from result_snapshot where event_id = " + v.event().id)).isEqualTo(2);
    }

    @Test
    void verification_reports_a_vote_row_changed_after_publication() {
        Voting v = fixtures.voting(2, null);
        Actor voter = fixtures.officer(Fixtures.unique("v"));
        votes.vote(voter, v.event().slug, v.entries().get(0), 2);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        assertThat(Fixtures.fresh(() -> results.verify(voter, v.event().slug)).matches()).isTrue();
        // Someone with database access bypasses the rules and edits a vote.
        Fixtures.execute("alter table vote disable trigger user; update vote set points = 1 where voter_id = "
                + voter.personId() + "; alter table vote enable trigger user");
        ResultsService.Verification verification = Fixtures.fresh(() -> results.verify(voter, v.event().slug));
        assertThat(verification.matches()).isFalse();
        assertThat(verification.storedMatches()).isTrue();
        assertThat(verification.differences()).containsExactly(
                new ResultsService.Difference(v.entries().get(0), "points", 2, 1));
    }

    @Test
    @TestSecurity(user = "verifying-officer", roles = "officer")
    void the_verification_page_shows_a_vote_changed_after_publication() {
        Voting v = fixtures.voting(2, null);
        Actor voter = fixtures.officer(Fixtures.unique("v"));
        votes.vote(voter, v.event().slug, v.entries().get(1), 2);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        String page = "/events/" + v.event().slug + "/results/verification";
        given().when().get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("exactly those the results were computed from"));
        Fixtures.execute("alter table vote disable trigger user; update vote set points = 1 where voter_id = "
                + voter.personId() + "; alter table vote enable trigger user");
        given().when().get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("differ from what was published"))
                .body(org.hamcrest.Matchers.containsString("Entry " + v.entries().get(1) + " · points: 2 → 1"));
        given().when().get("/events/" + v.event().slug + "/results").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Compare with the votes and scores stored now"));
    }

    @Test
    void votes_and_scores_are_refused_once_voting_has_ended() {
        Voting v = fixtures.voting(2, null);
        Actor voter = fixtures.officer(Fixtures.unique("v"));
        votes.vote(voter, v.event().slug, v.entries().get(0), 2);
        events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        assertThat(Fixtures.outcome(() -> votes.vote(voter, v.event().slug, v.entries().get(0), 0))).isEqualTo("wrong-phase");
        assertThatThrownBy(() -> Fixtures.execute("delete from vote where voter_id = " + voter.personId()))
                .hasStackTraceContaining("voting is closed");
        assertThat(Fixtures.count("select count(*) from vote where voter_id = " + voter.personId())).isEqualTo(1);
    }

    @Test
    void turnout_merges_departments_too_small_to_hide_a_voter() {
        Voting v = fixtures.voting(2, null);
        for (int i = 0; i < 6; i++) {
            Actor voter = fixtures.officer(Fixtures.unique("tax"));
            Fixtures.execute("update person set department = 'Tax Agency' where id = " + voter.personId());
            votes.vote(voter, v.event().slug, v.entries().get(0), 1);
        }
        Actor lonely = fixtures.officer(Fixtures.unique("lonely"));
        Fixtures.execute("update person set department = 'Archives' where id = " + lonely.personId());
        votes.vote(lonely, v.event().slug, v.entries().get(1), 1);
        Turnout turnout = Fixtures.fresh(() -> votes.turnout(v.organizer(), v.event().slug));
        assertThat(turnout.voters()).isEqualTo(7);
        assertThat(turnout.byDepartment()).doesNotContainKey("Archives").doesNotContainKey("Tax Agency");
        assertThat(turnout.otherDepartments()).isEqualTo(7);
    }

    @Test
    void ballot_history_goes_after_the_retention_period_and_totals_stay() {
        Voting old = fixtures.voting(2, null);
        Voting recent = fixtures.voting(2, null);
        for (Voting v : java.util.List.of(old, recent)) {
            votes.vote(fixtures.officer(Fixtures.unique("v")), v.event().slug, v.entries().get(0), 2);
            events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
            events.changePhase(v.organizer(), v.event().slug, EventPhase.RESULTS, EventPhase.CLOSED, null);
        }
        Fixtures.execute("update event_phase_change set changed_at = now() - interval '91 days' where event_id = "
                + old.event().id + " and to_phase = 'CLOSED'");
        retention.purge();
        assertThat(Fixtures.count("select count(*) from ballot_log where event_id = " + old.event().id)).isZero();
        assertThat(Fixtures.count("select sum(points) from vote where event_id = " + old.event().id)).isEqualTo(2);
        assertThat(Fixtures.count("select count(*) from ballot_log where event_id = " + recent.event().id)).isEqualTo(1);
    }
}
