package org.semillero.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ballot rule, over every shape of ballot and change: a change is accepted exactly when
 * the ballot it leaves is valid (liveness as well as safety), and it then leaves exactly
 * the ballot asked for.
 */
class BallotRulesPropertyTest {

    /** A ballot of 1–8 entries with rules, the voter's current valid points and a change to try. */
    record Case(int budget, int maxPerEntry, Set<Long> ownTeam, Map<Long, Integer> current,
                Map<Long, Integer> wanted, boolean replaceAll) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 8), Arbitraries.longs())
                .flatAs((budget, max, size, seed) -> {
                    List<Long> ids = java.util.stream.LongStream.rangeClosed(1, size).map(i -> i * 10).boxed().toList();
                    Arbitrary<Set<Long>> own = Arbitraries.of(ids).set().ofMaxSize(2);
                    Arbitrary<List<Integer>> points = Arbitraries.integers().between(0, Math.min(max, budget))
                            .list().ofSize(size);
                    Arbitrary<Map<Long, Integer>> wanted = Arbitraries.maps(Arbitraries.of(ids),
                            Arbitraries.integers().between(-1, max + 1).injectNull(0.1)).ofMaxSize(size);
                    return Combinators.combine(own, points, wanted, Arbitraries.of(true, false))
                            .as((ownTeam, start, change, replace) -> {
                                Map<Long, Integer> current = new LinkedHashMap<>();
                                int left = budget;
                                for (int i = 0; i < size; i++) {
                                    int p = ownTeam.contains(ids.get(i)) ? 0 : Math.min(start.get(i), left);
                                    left -= p;
                                    current.put(ids.get(i), p);
                                }
                                return new Case(budget, max, ownTeam, current, change, replace);
                            });
                });
    }

    @Property(tries = 3000)
    void accepted_exactly_when_the_final_ballot_is_valid(@ForAll("cases") Case c) {
        Map<Long, Integer> expected = new LinkedHashMap<>();
        c.current().forEach((id, p) -> expected.put(id, c.replaceAll() ? 0 : p));
        c.wanted().forEach((id, p) -> expected.put(id, p == null ? 0 : p));
        boolean valid = expected.values().stream().allMatch(p -> p >= 0 && p <= c.maxPerEntry())
                && expected.entrySet().stream().noneMatch(e -> e.getValue() > 0 && c.ownTeam().contains(e.getKey()))
                && expected.values().stream().mapToInt(Integer::intValue).sum() <= c.budget();

        BallotRules.Outcome outcome = BallotRules.apply(c.current(), c.wanted(), c.replaceAll(), c.ownTeam(),
                c.budget(), c.maxPerEntry());

        assertThat(outcome.errors().isEmpty()).as("accepted").isEqualTo(valid);
        assertThat(outcome.next()).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void every_valid_final_ballot_is_accepted_from_every_valid_start(@ForAll("cases") Case c) {
        // Ask for a valid target: clamp every entry, zero the own team, trim to the budget.
        Map<Long, Integer> target = new LinkedHashMap<>();
        int left = c.budget();
        for (Map.Entry<Long, Integer> e : c.current().entrySet()) {
            Integer asked = c.wanted().get(e.getKey());
            int p = asked == null ? 0 : Math.max(0, Math.min(asked, c.maxPerEntry()));
            p = c.ownTeam().contains(e.getKey()) ? 0 : Math.min(p, left);
            left -= p;
            target.put(e.getKey(), p);
        }
        BallotRules.Outcome whole = BallotRules.apply(c.current(), target, true, c.ownTeam(), c.budget(),
                c.maxPerEntry());
        assertThat(whole.errors()).isEmpty();
        assertThat(whole.next()).isEqualTo(target);
        Map<Long, Integer> changedOnly = target.entrySet().stream()
                .filter(e -> !e.getValue().equals(c.current().get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(BallotRules.apply(c.current(), changedOnly, false, c.ownTeam(), c.budget(), c.maxPerEntry()).errors())
                .isEmpty();
    }
}
