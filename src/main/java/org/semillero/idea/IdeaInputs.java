package org.semillero.idea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What people send about ideas. */
public final class IdeaInputs {

    private IdeaInputs() {
    }

    /** {@code action}: SUBMIT, WITHDRAW, SHORTLIST, DECLINE (with {@code reason}), MERGE (with {@code into}). */
    public record TransitionInput(String action, String reason, Long into) {
    }

    /**
     * An idea as its author writes it (form or JSON). {@code eventSlug} and {@code challengeId}
     * together place it under an event's theme; both empty sends it to the idea box. Co-authors
     * are people's ids (find them with GET /api/v1/people?q=…); on an edit, null leaves them as
     * they are. {@code version} is the one the editor read.
     */
    public record IdeaInput(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            @NotBlank(message = "validation.required") @Size(max = 8000, message = "validation.size.max") String problem,
            @NotBlank(message = "validation.required") @Size(max = 8000, message = "validation.size.max") String solution,
            @Size(max = 4000, message = "validation.size.max") String benefitCitizens,
            @Size(max = 4000, message = "validation.size.max") String benefitOfficers,
            @Size(max = 200, message = "validation.size.max") String service,
            @Size(max = 120, message = "validation.size.max") String department,
            @Size(max = 10, message = "idea.tags.too-many")
            List<@Size(max = 40, message = "validation.size.max") String> tags,
            @Size(max = 10, message = "idea.coauthors.too-many") List<Long> coauthorIds,
            String eventSlug,
            Long challengeId,
            Integer version) {
    }
}
