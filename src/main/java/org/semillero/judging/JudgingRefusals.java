package org.semillero.judging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.semillero.shared.web.DatabaseRefusals;

/** What the score trigger and the kept publications (V9) refuse, as problems. */
@ApplicationScoped
class JudgingRefusals implements DatabaseRefusals {

    @Override
    public Map<String, Refusal> refusals() {
        return Map.of(
                "SE006", new Refusal(409, "wrong-phase", "problem.wrong-phase.SCORE"),
                "SE101", new Refusal(409, "results-kept", "problem.results-kept"));
    }
}
