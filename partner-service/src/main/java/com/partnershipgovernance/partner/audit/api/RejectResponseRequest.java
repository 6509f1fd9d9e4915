package com.partnershipgovernance.partner.audit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Quality does not accept the partner's response: why, and optionally a new due date for a revised one. */
@Schema(name = "RejectResponseRequest")
public record RejectResponseRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Root cause analysis does not address operator training")
        String reason,
        @Schema(description = "new due date of the revised response; unchanged if absent", example = "2026-11-15")
        LocalDate responseDueOn) {
}
