package com.partnershipgovernance.risk.register.domain;

import java.util.UUID;

/**
 * What describes a risk apart from its partner, score and status: these can be revised freely
 * (with a reason), while the score changes only by re-scoring and the status only by lifecycle moves.
 *
 * @param residual        the score expected once the mitigation actions are done; null when not assessed
 * @param reviewFrequency overrides the frequency the RAG gives; null to follow the RAG
 */
public record RiskDetails(String title, String description, RiskCategory category, UUID agreementId, UUID sowId,
                          UUID milestoneId, OwnerSide ownerSide, String ownerName, boolean joint,
                          RiskScore residual, ReviewFrequency reviewFrequency) {
}
