package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.ReviewOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A routine periodic review of an executed agreement: what it concluded and when the next one is due. */
@Schema(name = "AgreementReviewRequest")
public record ReviewRequest(
        @NotNull @Schema(example = "CONTINUE_AS_IS") ReviewOutcome outcome,
        @Size(max = 4000) @Schema(example = "KPIs on target; no change of scope or risk since the last review")
        String comments,
        @NotNull @Schema(description = "when the agreement is next due for review; after today", example = "2028-03-01")
        LocalDate nextReviewOn) {
}
