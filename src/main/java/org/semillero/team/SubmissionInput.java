package org.semillero.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

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
