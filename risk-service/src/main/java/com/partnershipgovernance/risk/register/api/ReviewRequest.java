package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.ReviewDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A periodic review of a risk as it is scored now. */
@Schema(name = "RiskReviewRequest")
public record ReviewRequest(
        @Schema(description = "when the review was held; today when absent, never in the future",
                example = "2026-11-20") LocalDate reviewedOn,
        @NotNull @Schema(example = "NO_CHANGE") ReviewDecision decision,
        @NotBlank @Size(max = 4000) @Schema(example = "Mitigations on track; score stands") String notes) {
}
