package org.semillero.team;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the API returns about teams and submissions. */
public final class TeamViews {

    private TeamViews() {
    }

    public record MemberView(long personId, String name, String department, boolean lead) {
    }

    /** A team; {@code allowedActions}, what the caller may do on it now, only when one team is asked for. */
    public record TeamView(long id, String name, String pitch, Long ideaId, Set<String> openRoles,
                           List<MemberView> members, Set<String> departments, int needs, boolean full,
                           boolean dissolved,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           Set<TeamAction> allowedActions) {

        static TeamView of(TeamService.Overview o) {
            return of(o, null);
        }

        static TeamView of(TeamService.Overview o, Set<TeamAction> allowedActions) {
            return new TeamView(o.team().id, o.team().name, o.team().pitch, o.team().ideaId, o.team().openRoles,
                    o.members().stream().map(m -> new MemberView(m.personId(), m.name(), m.department(), m.lead()))
                            .toList(), o.departments(), o.needs(), o.full(), o.team().isDissolved(), allowedActions);
        }
    }

    public record RequestView(long id, long teamId, TeamRequest.Kind kind, TeamRequest.Status status, String person, String message,
                              Instant createdAt) {
    }

    public record SubmissionView(long id, long teamId, String title, String summary, String built, String demoUrl,
                                 String sourceUrl, Set<Long> ideaIds, Long challengeId, Submission.Status status,
                                 String reviewComment, int version, Instant finalizedAt) {

        static SubmissionView of(Submission s) {
            return of(s, true);
        }

        /** {@code withReview}: the organizers' review comment is for the team and organizers only. */
        static SubmissionView of(Submission s, boolean withReview) {
            return new SubmissionView(s.id, s.teamId, s.title, s.summary, s.built, s.demoUrl, s.sourceUrl, s.ideaIds,
                    s.challengeId, s.status, withReview ? s.reviewComment : null, s.version, s.finalizedAt);
        }
    }

    public record Suggestion(TeamView team, Set<String> sharedSkills) {
    }

    public record SeekerView(String name, long personId, String department, Set<String> skills, String note,
                             Set<String> sharedSkills) {
    }

}
