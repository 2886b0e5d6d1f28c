package org.semillero.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.judging.ResultsService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures.Voting;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

/**
 * Voters keep changing their ballots while the organizer publishes results: every change
 * that was acknowledged is in the published points, and every later one is refused.
 */
@QuarkusTest
class VotesVersusPublicationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    VoteService votes;

    @Inject
    EventService events;

    @Inject
    ResultsService results;

    @RepeatedTest(3)
    void every_acknowledged_ballot_is_in_the_published_results() throws Exception {
        Voting v = fixtures.voting(3, null);
        List<Long> entries = v.entries();
        Map<Long, Map<Long, Integer>> lastAcknowledged = new ConcurrentHashMap<>();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Actor voter = fixtures.officer(Fixtures.unique("busy"));
            Random random = new Random(i);
            tasks.add(() -> {
                for (int round = 0; round < 5000; round++) {
                    Map<Long, Integer> ballot = new HashMap<>();
                    int left = 5;
                    for (long entry : entries) {
                        int p = Math.min(random.nextInt(3), left);
                        left -= p;
                        ballot.put(entry, p);
                    }
                    String outcome = Fixtures.outcome(() -> votes.replace(voter, v.event().slug, ballot));
                    if (outcome.equals("ok")) {
                        lastAcknowledged.put(voter.personId(), ballot);
                    } else {
                        return outcome;
                    }
                }
                return "never refused";
            });
        }
        tasks.add(() -> {
            Thread.sleep(300);
            events.changePhase(v.organizer(), v.event().slug, EventPhase.VOTING, EventPhase.RESULTS, null);
            return "published";
        });
        List<String> outcomes = Parallel.run(tasks);

        assertThat(outcomes.subList(0, 12)).containsOnly("wrong-phase");
        assertThat(lastAcknowledged).isNotEmpty();
        Map<Long, Integer> expected = new HashMap<>();
        lastAcknowledged.values().forEach(b -> b.forEach((entry, p) -> expected.merge(entry, p, Integer::sum)));
        ResultsService.Published published = Fixtures.fresh(() -> results.published(v.organizer(), v.event().slug));
        Map<Long, Integer> actual = new HashMap<>();
        published.lines().forEach(l -> actual.put(l.row().entryId(), l.row().points()));
        entries.forEach(e -> expected.putIfAbsent(e, 0));
        assertThat(actual).isEqualTo(expected);
        assertThat(Fixtures.fresh(() -> results.verify(v.organizer(), v.event().slug)).matches()).isTrue();
    }
}
