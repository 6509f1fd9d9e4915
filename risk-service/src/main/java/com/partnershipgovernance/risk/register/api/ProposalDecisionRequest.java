package com.partnershipgovernance.risk.register.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the owner accepts or rejects a re-score proposal. */
@Schema(name = "ProposalDecisionRequest")
public record ProposalDecisionRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "CAPA verified effective on two batches") String reason) {
}
