package org.semillero.judging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What organizers declare about the jury and the results method. */
public final class JuryInputs {

    private JuryInputs() {
    }

    public record CriterionInput(
            @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.size.max") String name,
            @Size(max = 500, message = "validation.size.max") String description,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer weight) {
    }

    public record MethodInput(
            @NotNull(message = "validation.required") @Min(value = 0, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer juryWeight,
            @NotNull(message = "validation.required") @Min(value = 0, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer voteWeight,
            @NotNull(message = "validation.required") @Pattern(regexp = "RAW|Z_SCORE", message = "jury.normalisation.unknown")
            String normalisation,
            @Pattern(regexp = "(JURY|VOTERS|FINALIZED),(JURY|VOTERS|FINALIZED),(JURY|VOTERS|FINALIZED)",
                    message = "jury.tie-break.unknown") String tieBreak,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 20, message = "validation.max") Integer minJudges,
            @Pattern(regexp = "TEAM|ORGANIZERS", message = "jury.comments.unknown") String judgeComments) {
    }

    public record AwardInput(String kind) {
    }

    /** The person to assign, by id (find people with GET /api/v1/people?q=…). */
    public record JudgeInput(Long personId) {
    }

    public record ScoreInput(Map<Long, Integer> scores, String comment) {
    }

    public record RecusalInput(String reason) {
    }
}
