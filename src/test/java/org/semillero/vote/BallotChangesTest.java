package org.semillero.vote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.support.Fixtures.Voting;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

/** Every valid ballot change is accepted, in any row order, through the service, the API and the database. */
@QuarkusTest
class BallotChangesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    VoteService votes;

    private static String key(long id) {
        return String.valueOf(id);
    }

    private static Map<Long, Integer> stored(long eventId, long voterId) {
        Map<Long, Integer> points = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.semillero.event.Event.getEntityManager().createNativeQuery(
                        "select submission_id, points from vote where event_id = :e and voter_id = :v")
                        .setParameter("e", eventId).setParameter("v", voterId).getResultList());
        rows.forEach(r -> points.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return points;
    }

    @Test
    void moving_points_between_entries_is_accepted_for_every_voter_whatever_their_ballot_order() throws Exception {
        Voting v = fixtures.voting(4, null);
        List<Long> e = v.entries();
        List<Callable<String>> voters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Actor voter = fixtures.officer(Fixtures.unique("mover"));
            voters.add(() -> {
                votes.replace(voter, v.event().slug, Map.of(e.get(1), 2, e.get(2), 2, e.get(3), 1));
                return Fixtures.outcome(() -> votes.replace(voter, v.event().slug,
                        Map.of(e.get(0), 1, e.get(1), 1, e.get(2), 2, e.get(3), 1)));
            });
        }
        assertThat(Parallel.run(voters)).containsOnly("ok");
        assertThat(Fixtures.count("select coalesce(sum(points), 0) from vote where submission_id = " + e.get(0))).isEqualTo(60);
        assertThat(Fixtures.count("select coalesce(sum(points), 0) from vote where submission_id = " + e.get(1))).isEqualTo(60);
    }

    @Test
    void lowering_one_entry_to_raise_another_works_with_a_higher_per_entry_maximum() {
        Voting v = fixtures.voting(3, null);
        Fixtures.execute("update event set max_votes_per_entry = 3 where id = " + v.event().id);
        List<Long> e = v.entries();
        for (int i = 0; i < 20; i++) {
            Actor voter = fixtures.officer(Fixtures.unique("shifter"));
            votes.replace(voter, v.event().slug, Map.of(e.get(1), 3, e.get(2), 2));
            assertThat(Fixtures.outcome(() -> votes.replace(voter, v.event().slug, Map.of(e.get(0), 1, e.get(1), 2, e.get(2), 2))))
                    .isEqualTo("ok");
            assertThat(stored(v.event().id, voter.personId())).isEqualTo(Map.of(e.get(0), 1, e.get(1), 2, e.get(2), 2));
        }
    }

    @Test
    @TestSecurity(user = "ballot-mover", roles = "officer")
    void the_api_accepts_a_whole_ballot_that_moves_points_and_refuses_one_over_budget() {
        Voting v = fixtures.voting(4, null);
        List<Long> e = v.entries();
        String ballot = "/api/v1/events/" + v.event().slug + "/ballot";
        given().contentType(ContentType.JSON).body(Map.of("votes", Map.of(key(e.get(1)), 2, key(e.get(2)), 2, key(e.get(3)), 1)))
                .when().put(ballot).then().statusCode(200).body("used", equalTo(5));
        given().contentType(ContentType.JSON)
                .body(Map.of("votes", Map.of(key(e.get(0)), 1, key(e.get(1)), 1, key(e.get(2)), 2, key(e.get(3)), 1)))
                .when().put(ballot).then().statusCode(200).body("used", equalTo(5));
        given().contentType(ContentType.JSON)
                .body(Map.of("votes", Map.of(key(e.get(0)), 2, key(e.get(1)), 1, key(e.get(2)), 2, key(e.get(3)), 1)))
                .when().put(ballot).then().statusCode(400).body("errors[0].field", equalTo("points"));
        given().when().get(ballot).then().body("used", equalTo(5));
    }

    @Test
    @TestSecurity(user = "ballot-page-mover", roles = "officer")
    void the_ballot_page_accepts_moving_points_between_entries() {
        Voting v = fixtures.voting(4, null);
        List<Long> e = v.entries();
        String page = "/events/" + v.event().slug + "/ballot";
        org.semillero.support.Forms.Csrf csrf = org.semillero.support.Forms.csrfFrom(page);
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("points." + e.get(1), "2").formParam("points." + e.get(2), "2").formParam("points." + e.get(3), "1")
                .when().post(page).then().statusCode(303);
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("points." + e.get(0), "1").formParam("points." + e.get(1), "1")
                .formParam("points." + e.get(2), "2").formParam("points." + e.get(3), "1")
                .when().post(page).then().statusCode(303);
        long voter = fixtures.person("ballot-page-mover").id;
        assertThat(stored(v.event().id, voter)).isEqualTo(Map.of(e.get(0), 1, e.get(1), 1, e.get(2), 2, e.get(3), 1));
    }

    /**
     * Random sequences of whole-ballot and single-entry changes, valid and invalid, from three
     * voters (one of them in a competing team), against a model: accepted exactly when the final
     * ballot obeys the rules, and what is stored always equals the model.
     */
    @Test
    void random_change_sequences_match_the_model() {
        String member = Fixtures.unique("insider");
        Voting v = fixtures.voting(5, member);
        List<Long> e = v.entries();
        List<Actor> voters = List.of(fixtures.officer(member), fixtures.officer(Fixtures.unique("seq")),
                fixtures.officer(Fixtures.unique("seq")));
        Map<Long, Map<Long, Integer>> model = new HashMap<>();
        voters.forEach(a -> model.put(a.personId(), new HashMap<>()));
        Arbitrary<Map<Long, Integer>> changes = Arbitraries.maps(Arbitraries.of(e), Arbitraries.integers().between(-1, 3))
                .ofMinSize(1).ofMaxSize(e.size());
        Random random = new Random(20261202L);
        JqwikSession.start();
        try {
            runSequence(v, voters, model, changes.generator(100), random);
        } finally {
            JqwikSession.finish();
        }
    }

    private void runSequence(Voting v, List<Actor> voters, Map<Long, Map<Long, Integer>> model,
                             RandomGenerator<Map<Long, Integer>> generator, Random random) {
        List<Long> e = v.entries();
        int accepted = 0;
        int refused = 0;
        for (int step = 0; step < 250; step++) {
            Actor voter = voters.get(random.nextInt(voters.size()));
            boolean whole = random.nextBoolean();
            Map<Long, Integer> generated = generator.next(random).value();
            Map<Long, Integer> change = whole ? generated
                    : Map.of(generated.keySet().iterator().next(), generated.values().iterator().next());
            Map<Long, Integer> expected = new HashMap<>(whole ? Map.of() : model.get(voter.personId()));
            expected.putAll(change);
            boolean valid = expected.values().stream().allMatch(p -> p >= 0 && p <= 2)
                    && expected.values().stream().mapToInt(Integer::intValue).sum() <= 5
                    && (voter != voters.get(0) || expected.getOrDefault(e.get(0), 0) == 0);
            Map<Long, Integer> asked = change;
            String outcome = Fixtures.outcome(() -> whole
                    ? votes.replace(voter, v.event().slug, asked)
                    : votes.vote(voter, v.event().slug, asked.keySet().iterator().next(), asked.values().iterator().next()));
            assertThat(outcome).as("step %d: %s %s from %s", step, whole ? "replace" : "vote", asked,
                    model.get(voter.personId())).isEqualTo(valid ? "ok" : "invalid-input");
            if (valid) {
                accepted++;
                expected.values().removeIf(p -> p == 0);
                model.put(voter.personId(), expected);
            } else {
                refused++;
            }
            assertThat(stored(v.event().id, voter.personId())).as("step %d", step).isEqualTo(model.get(voter.personId()));
        }
        assertThat(accepted).isGreaterThan(40);
        assertThat(refused).isGreaterThan(40);
    }

    @Test
    void the_database_judges_the_final_ballot_not_each_row() {
        Voting v = fixtures.voting(3, null);
        long voter = fixtures.person(Fixtures.unique("direct")).id;
        List<Long> e = v.entries();
        votes.replace(new Actor(voter, Set.of("officer")), v.event().slug, Map.of(e.get(1), 2, e.get(2), 2));
        // Raising first and lowering after passes through 6 points inside the transaction: fine at commit.
        Fixtures.execute("insert into vote (event_id, voter_id, submission_id, points) values (" + v.event().id + ", "
                + voter + ", " + e.get(0) + ", 2); update vote set points = 1 where voter_id = " + voter
                + " and submission_id = " + e.get(1) + "; update vote set points = 1 where voter_id = " + voter
                + " and submission_id = " + e.get(2));
        assertThat(stored(v.event().id, voter)).isEqualTo(Map.of(e.get(0), 2, e.get(1), 1, e.get(2), 1));
        // Ending over the budget is refused at commit, whatever the caller, and nothing is written.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.execute(
                "update vote set points = 2 where voter_id = " + voter)).hasStackTraceContaining("over the budget");
        assertThat(stored(v.event().id, voter)).isEqualTo(Map.of(e.get(0), 2, e.get(1), 1, e.get(2), 1));
    }

    @Test
    void refusals_name_the_rule_and_change_nothing() {
        Voting v = fixtures.voting(2, null);
        Actor voter = fixtures.officer(Fixtures.unique("refused"));
        votes.vote(voter, v.event().slug, v.entries().get(0), 2);
        DomainException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                () -> votes.replace(voter, v.event().slug, new LinkedHashMap<>(Map.of(v.entries().get(0), 3))));
        assertThat(refusal.code()).isEqualTo("invalid-input");
        assertThat(stored(v.event().id, voter.personId())).isEqualTo(Map.of(v.entries().get(0), 2));
    }
}
