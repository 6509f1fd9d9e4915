package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.platform.signature.SignatureRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The decision of a selection: which candidate, why, and the signature's meaning. */
@Schema(name = "SelectionDecisionRequest")
public record DecisionRequest(
        @NotNull @Schema(description = "one of the candidates; 422 otherwise") UUID chosenPartnerId,
        @NotBlank @Size(max = 4000) @Schema(example = "Best compliance record; the cost gap is accepted")
        String rationale,
        @NotNull @Valid @Schema(description = "the decider signs with a fresh authentication") SignatureRequest signature) {
}
