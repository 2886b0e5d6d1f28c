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

    /** One page of my ballot, filtered like the ballot page, with all I have given however it is filtered. */
    public record BallotPageView(int budget, int used, int left, List<BallotQueries.Line> entries, Long total, String next,
                                 String previous, List<BallotQueries.Line> given) {

        static BallotPageView of(BallotQueries.Page p) {
            return new BallotPageView(p.event().voteBudget, p.used(), p.left(), p.lines(), p.total(), p.next(), p.previous(),
                    p.given());
        }
    }
}
