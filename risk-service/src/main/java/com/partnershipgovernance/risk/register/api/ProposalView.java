package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.ProposalStatus;
import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.RescoreProposal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A re-score proposal: the score the risk had, the one proposed, why, and the owner's decision. */
@Schema(name = "RescoreProposal")
public record ProposalView(UUID id, UUID riskId,
                           @Schema(example = "20") int scoreThen,
                           @Schema(example = "3") int proposedLikelihood,
                           @Schema(example = "5") int proposedImpact,
                           @Schema(example = "15") int proposedScore,
                           @Schema(example = "RED") Rag proposedRag,
                           String reason, String causeEventId,
                           @Schema(example = "PENDING") ProposalStatus status,
                           Instant proposedAt, String decidedBy, String decidedByName, Instant decidedAt,
                           String decisionReason) {

    static ProposalView of(RescoreProposal p, RagBands bands) {
        return new ProposalView(p.id(), p.riskId(), p.scoreThen().value(), p.proposed().likelihood(),
                p.proposed().impact(), p.proposed().value(), p.proposed().rag(bands), p.reason(), p.causeEventId(),
                p.status(), p.proposedAt(), p.decidedBy(), p.decidedByName(), p.decidedAt(), p.decisionReason());
    }

    /** Proposals of one risk, latest first. */
    @Schema(name = "RescoreProposals")
    public record Proposals(List<ProposalView> items) {
    }
}
