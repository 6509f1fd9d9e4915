package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.ReviewFrequency;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskDetails;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A risk to raise in the register. */
@Schema(name = "RiskRequest")
public record RiskRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Fill-finish line capacity at risk for Q3 campaign")
        String title,
        @Size(max = 4000) @Schema(example = "Second line still under qualification; a single-line failure delays PPQ")
        String description,
        @NotNull @Schema(example = "SUPPLY_CHAIN_DISRUPTION") RiskCategory category,
        @NotNull @Schema(description = "partner-service's id of the partner") UUID partnerId,
        @Schema(description = "linked MSA or quality agreement") UUID agreementId,
        @Schema(description = "linked statement of work") UUID sowId,
        @Schema(description = "linked milestone") UUID milestoneId,
        @NotNull @Schema(example = "SPONSOR") OwnerSide ownerSide,
        @NotBlank @Size(max = 200) @Schema(example = "Dana Supply") String ownerName,
        @Schema(description = "visible to the partner's users", example = "true") Boolean joint,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "3", minimum = "1", maximum = "5") Integer likelihood,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "4", minimum = "1", maximum = "5") Integer impact,
        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "likelihood once mitigated", example = "2") Integer residualLikelihood,
        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "impact once mitigated", example = "3") Integer residualImpact,
        @Schema(description = "overrides the frequency the RAG gives", example = "MONTHLY")
        ReviewFrequency reviewFrequency) {

    RiskDetails details() {
        return RiskFields.details(title, description, category, agreementId, sowId, milestoneId, ownerSide, ownerName,
                joint, residualLikelihood, residualImpact, reviewFrequency);
    }

    RiskScore score() {
        return new RiskScore(likelihood, impact);
    }
}
