package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.risk.mitigation.domain.MitigationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A move of a mitigation action, and for a completion when it was done. */
@Schema(name = "MitigationStatusRequest")
public record MitigationStatusRequest(
        @NotNull @Schema(example = "COMPLETED") MitigationStatus to,
        @NotBlank @Size(max = 2000) @Schema(example = "PQ of line 2 approved") String reason,
        @Schema(description = "for COMPLETED: when, today when absent, never in the future", example = "2026-11-26")
        LocalDate completedOn,
        @Size(max = 4000) @Schema(example = "PQ report QA-2026-118 approved") String completionNote) {
}
