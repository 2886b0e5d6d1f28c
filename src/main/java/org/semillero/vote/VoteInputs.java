package org.semillero.vote;

import java.util.Map;

/** What voters send. */
public final class VoteInputs {

    private VoteInputs() {
    }

    public record PointsInput(Integer points) {
    }

    public record BallotInput(Map<Long, Integer> votes) {
    }
}
