package org.semillero.vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * The voting rules applied to a ballot change, as a pure function: a change is accepted if
 * and only if the ballot it leaves obeys every rule, whatever the order of its entries. The
 * database enforces the same rules (row trigger, and the budget at commit).
 */
final class BallotRules {

    /** The ballot a change leaves, and what is wrong with it (empty when it may be saved). */
    record Outcome(Map<Long, Integer> next, List<FieldError> errors) {
    }

    private BallotRules() {
    }

    /**
     * @param current    every entry on the ballot with the voter's points now (0 for none)
     * @param wanted     the entries the voter sets (null or 0 withdraws)
     * @param replaceAll entries not in {@code wanted} drop to 0 when true, keep their points when false
     * @param ownTeam    entries of the voter's own team
     */
    static Outcome apply(Map<Long, Integer> current, Map<Long, Integer> wanted, boolean replaceAll,
                         Set<Long> ownTeam, int budget, int maxPerEntry) {
        Map<Long, Integer> next = new LinkedHashMap<>();
        current.forEach((id, points) -> next.put(id, replaceAll ? 0 : points));
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<Long, Integer> change : wanted.entrySet()) {
            if (!current.containsKey(change.getKey())) {
                throw DomainException.notFound("ballot-entry-not-found");
            }
            int points = change.getValue() == null ? 0 : change.getValue();
            String field = "points." + change.getKey();
            if (points < 0) {
                errors.add(new FieldError(field, "validation.min", Map.of("value", 0)));
            } else if (points > maxPerEntry) {
                errors.add(new FieldError(field, "vote.per-entry", Map.of("max", maxPerEntry)));
            } else if (points > 0 && ownTeam.contains(change.getKey())) {
                errors.add(FieldError.of(field, "vote.own-team"));
            }
            next.put(change.getKey(), points);
        }
        int total = next.values().stream().mapToInt(Integer::intValue).sum();
        if (errors.isEmpty() && total > budget) {
            errors.add(new FieldError("points", "vote.over-budget", Map.of("budget", budget)));
        }
        return new Outcome(next, errors);
    }
}
