package org.semillero.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** What organizers send about events. */
public final class EventInputs {

    private EventInputs() {
    }

    /** A request to move an event: {@code to} is required, {@code from} guards against a stale view. */
    public record PhaseChangeInput(String from, String to, String reason) {
    }

    /**
     * An event as an organizer submits it (form or JSON). The slug is set on creation only;
     * {@code version} is the one the editor read, so that a concurrent change is not overwritten.
     */
    public record EventInput(
            @Size(min = 3, max = 60, message = "validation.size.range")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "event.slug.format")
            String slug,
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String title,
            @Size(max = 10000, message = "validation.size.max") String description,
            @NotNull(message = "validation.required") OffsetDateTime ideationStartsAt,
            @NotNull(message = "validation.required") OffsetDateTime hackingStartsAt,
            @NotNull(message = "validation.required") OffsetDateTime votingStartsAt,
            @NotNull(message = "validation.required") OffsetDateTime resultsAt,
            @NotNull(message = "validation.required") OffsetDateTime closesAt,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 50, message = "validation.max") Integer teamSizeMin,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 50, message = "validation.max") Integer teamSizeMax,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer voteBudget,
            @NotNull(message = "validation.required") @Min(value = 1, message = "validation.min")
            @Max(value = 100, message = "validation.max") Integer maxVotesPerEntry,
            Integer version) {
    }
}
