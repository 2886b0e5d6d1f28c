package org.semillero.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A team as its lead describes it. */
public record TeamInput(
        @NotBlank(message = "validation.required") @Size(max = 80, message = "validation.size.max") String name,
        @Size(max = 4000, message = "validation.size.max") String pitch,
        Long ideaId,
        @Size(max = 15, message = "team.roles.too-many")
        List<@Size(max = 60, message = "validation.size.max") String> openRoles) {
}
