package org.semillero.backlog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What people write about a project. Sponsor and owner are people's ids. */
public final class ProjectInputs {

    private ProjectInputs() {
    }

    public record ProjectInput(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            @Size(max = 8000, message = "validation.size.max") String problem,
            @Size(max = 8000, message = "validation.size.max") String expectedOutcome,
            Long sponsorId,
            Long ownerId,
            @Size(max = 500, message = "validation.size.max") String departments,
            @Size(max = 200, message = "validation.size.max") String effort,
            @DecimalMin(value = "0", message = "validation.min") BigDecimal budget,
            @Size(max = 500, message = "validation.size.max") String tags,
            Integer version) {
    }

    public record MilestoneInput(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            LocalDate dueDate,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer weight) {
    }

    public record UpdateInput(
            @NotBlank(message = "validation.required") @Size(max = 4000, message = "validation.size.max") String text,
            @Size(max = 500, message = "validation.size.max") String progressNote) {
    }

    public record KpiInput(
            @NotBlank(message = "validation.required") @Size(max = 120, message = "validation.size.max") String name,
            @Size(max = 40, message = "validation.size.max") String unit,
            BigDecimal baseline, BigDecimal target, BigDecimal actual, LocalDate actualAt) {
    }

    /** A stage move: the target, plus what some moves need. */
    public record MoveInput(String to, String decisionNote, String stopReason, String lessons, String overrideReason) {
    }

    /** Promote a submission ({@code submissionId}) or a shortlisted idea-box idea ({@code ideaId}). */
    public record PromotionInput(Long submissionId, Long ideaId) {
    }

    public record DoneInput(Boolean done) {
    }

    public record ActualInput(BigDecimal actual, LocalDate actualAt) {
    }
}
