package org.semillero.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What people send about teams, join requests and submissions. */
public final class TeamInputs {

    private TeamInputs() {
    }

    public record MessageInput(String message) {
    }

    /** Whom to invite, by person id (find people with GET /api/v1/people?q=…), and a message. */
    public record InvitationInput(Long personId, String message) {
    }

    public record LeadInput(Long personId) {
    }

    public record LockInput(Boolean locked) {
    }

    public record MoveInput(Long personId, Long toTeamId, String reason) {
    }

    public record ReasonInput(String reason) {
    }

    public record AvailabilityInput(String skills, String note) {
    }

    public record ReviewInput(Boolean accept, String comment) {
    }

    /** A team as its lead describes it. */
    public record TeamInput(
            @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.size.max") String name,
            @Size(max = 4000, message = "validation.size.max") String pitch,
            Long ideaId,
            @Size(max = 15, message = "team.roles.too-many")
            List<@Size(max = 60, message = "validation.size.max") String> openRoles) {
    }

    /** A team's submission as its members write it. URLs must be http(s) addresses. */
    public record SubmissionInput(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            @NotBlank(message = "validation.required") @Size(max = 4000, message = "validation.size.max") String summary,
            @Size(max = 8000, message = "validation.size.max") String built,
            @Size(max = 500, message = "validation.size.max") String demoUrl,
            @Size(max = 500, message = "validation.size.max") String sourceUrl,
            @Size(max = 10, message = "submission.ideas.too-many") List<Long> ideaIds,
            Long challengeId,
            Integer version) {
    }
}
