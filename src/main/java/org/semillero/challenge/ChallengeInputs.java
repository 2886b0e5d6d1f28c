package org.semillero.challenge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What people send about challenges. */
public final class ChallengeInputs {

    private ChallengeInputs() {
    }

    public record AttachInput(Long challengeId) {
    }

    /** {@code action}: ACCEPT, DECLINE (needs {@code reason}) or MERGE (needs {@code into}). */
    public record ReviewInput(String action, String reason, Long into) {
    }

    /** A challenge as an officer records it (form or JSON). */
    public record ChallengeInput(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String service,
            @NotBlank(message = "validation.required") @Size(max = 8000, message = "validation.size.max") String problem,
            @NotNull(message = "validation.required") Affected affected,
            @Size(max = 8000, message = "validation.size.max") String evidence,
            @DecimalMin(value = "0", message = "validation.min") @DecimalMax(value = "99999999999999", message = "validation.max")
            BigDecimal evidenceValue,
            @Size(max = 80, message = "validation.size.max") String evidenceUnit,
            @Size(max = 120, message = "validation.size.max") String department) {
    }
}
