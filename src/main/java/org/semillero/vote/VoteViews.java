package org.semillero.vote;

import java.util.List;

/** What the API answers about ballots. */
public final class VoteViews {

    private VoteViews() {
    }

    public record EntryView(long submissionId, String title, String summary, String team, int myPoints,
                            boolean ownTeam) {
    }

    public record BallotView(int budget, int maxPerEntry, int used, int left, List<VoteViews.EntryView> entries) {

        static BallotView of(VoteService.Ballot b) {
            return new BallotView(b.event().voteBudget, b.event().maxVotesPerEntry, b.used(), b.left(),
                    b.entries().stream().map(e -> new VoteViews.EntryView(e.submissionId(), e.title(), e.summary(), e.team(),
                            e.myPoints(), e.ownTeam())).toList());
        }
    }
}
