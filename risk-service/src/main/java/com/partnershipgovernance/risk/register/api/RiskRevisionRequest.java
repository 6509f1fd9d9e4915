package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.ReviewFrequency;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * The descriptive fields of a risk, replaced as a whole. Partner, score and status are not here: the
 * partner never changes, the score changes by re-scoring and the status by lifecycle moves.
 */
@Schema(name = "RiskRevisionRequest")
public record RiskRevisionRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Fill-finish line capacity at risk for Q3 campaign") String title,
        @Size(max = 4000) String description,
        @NotNull @Schema(example = "SUPPLY_CHAIN_DISRUPTION") RiskCategory category,
        UUID agreementId,
        UUID sowId,
        UUID milestoneId,
        @NotNull @Schema(example = "PARTNER") OwnerSide ownerSide,
        @NotBlank @Size(max = 200) @Schema(example = "Pat Partner") String ownerName,
        @Schema(example = "true") Boolean joint,
        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "2") Integer residualLikelihood,
        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "3") Integer residualImpact,
        @Schema(example = "QUARTERLY") ReviewFrequency reviewFrequency) {

    RiskDetails details() {
        return RiskFields.details(title, description, category, agreementId, sowId, milestoneId, ownerSide, ownerName,
                joint, residualLikelihood, residualImpact, reviewFrequency);
    }
}
