package org.semillero.idea;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API returns about ideas. */
public final class IdeaViews {

    private IdeaViews() {
    }

    public record IdeaView(long id, String title, String problem, String solution, String benefitCitizens,
                           String benefitOfficers, String service, String department, List<String> tags,
                           String eventSlug, Long challengeId, IdeaState state, String declineReason,
                           Long mergedInto, String author, List<String> coauthors, int supportCount,
                           boolean supportedByMe, int commentCount, int version, Instant createdAt,
                           Instant updatedAt) {
    }

    public record IdeaSummary(long id, String title, IdeaState state, String eventSlug, Long challengeId,
                              String department, List<String> tags, int supportCount, int commentCount,
                              Instant createdAt) {

        static IdeaSummary of(Idea idea, String eventSlug) {
            return new IdeaSummary(idea.id, idea.title, idea.state, eventSlug, idea.challengeId, idea.department,
                    List.copyOf(idea.tags), idea.supportCount, idea.commentCount, idea.createdAt);
        }
    }

    /** A page of the idea list: {@code next} is the cursor of the following page (null at the end); {@code total} only on the first page. */
    public record IdeaPage(List<IdeaSummary> items, int size, Long total, String next) {
    }

    public record VersionView(int number, String editedBy, Instant editedAt, Map<String, IdeaVersion.Change> changes) {
    }

    public record InvitationAnswer(Boolean accept) {
    }

}
