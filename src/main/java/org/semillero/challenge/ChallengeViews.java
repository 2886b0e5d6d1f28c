package org.semillero.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the API answers about challenges. */
public final class ChallengeViews {

    private ChallengeViews() {
    }

    public record ChallengeView(long id, String title, String service, String problem, Affected affected,
                                String evidence, BigDecimal evidenceValue, String evidenceUnit, String department,
                                ChallengeStatus status, String declineReason, Long mergedInto, int supportCount,
                                boolean supportedByMe, int commentCount, Instant createdAt) {

        static ChallengeView of(Challenge c, boolean supportedByMe) {
            return new ChallengeView(c.id, c.title, c.service, c.problem, c.affected, c.evidence, c.evidenceValue,
                    c.evidenceUnit, c.department, c.status, c.declineReason, c.mergedInto, c.supportCount,
                    supportedByMe, c.commentCount, c.createdAt);
        }
    }

    /** A page of challenges: {@code next} is the cursor of the following page; {@code total} only on the first. */
    public record ChallengePageView(List<ChallengeViews.ChallengeView> items, int size, Long total, String next) {
    }
}
