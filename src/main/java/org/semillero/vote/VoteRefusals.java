package org.semillero.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.semillero.shared.web.DatabaseRefusals;

/** What the vote triggers (V4, V9) refuse, as problems. */
@ApplicationScoped
class VoteRefusals implements DatabaseRefusals {

    private static final Refusal REFUSED = new Refusal(409, "vote-refused", "problem.vote-refused");

    @Override
    public Map<String, Refusal> refusals() {
        return Map.of(
                "SE001", new Refusal(409, "wrong-phase", "problem.wrong-phase.VOTE"),
                "SE002", REFUSED, "SE003", REFUSED, "SE004", REFUSED, "SE005", REFUSED);
    }
}
