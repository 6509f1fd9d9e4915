package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.ReviewFrequency;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskDetails;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.UUID;

/** Request fields to domain values, with the checks Bean Validation cannot express. */
final class RiskFields {

    private RiskFields() {
    }

    static RiskDetails details(String title, String description, RiskCategory category, UUID agreementId,
                               UUID sowId, UUID milestoneId, OwnerSide ownerSide, String ownerName, Boolean joint,
                               Integer residualLikelihood, Integer residualImpact, ReviewFrequency reviewFrequency) {
        // a residual score is a pair: half of it means nothing
        if (residualLikelihood == null && residualImpact != null) {
            throw new ValidationException("residualLikelihood", "is required with residualImpact");
        }
        if (residualImpact == null && residualLikelihood != null) {
            throw new ValidationException("residualImpact", "is required with residualLikelihood");
        }
        RiskScore residual = residualLikelihood == null ? null
                : RiskScore.of(residualLikelihood, residualImpact, "residualLikelihood", "residualImpact");
        return new RiskDetails(title.strip(), description, category, agreementId, sowId, milestoneId, ownerSide,
                ownerName.strip(), Boolean.TRUE.equals(joint), residual, reviewFrequency);
    }
}
