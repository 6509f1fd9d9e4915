package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.http.Versioned;
import com.partnershipgovernance.platform.retire.Retirement;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.ReviewFrequency;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk of the register with its score, RAG, residual score and review schedule. */
@Schema(name = "Risk")
public record RiskView(UUID id,
                       @Schema(example = "Fill-finish line capacity at risk for Q3 campaign") String title,
                       String description,
                       @Schema(example = "SUPPLY_CHAIN_DISRUPTION") RiskCategory category,
                       UUID partnerId,
                       UUID agreementId,
                       UUID sowId,
                       UUID milestoneId,
                       @Schema(description = "further agreements the risk concerns") List<UUID> linkedAgreementIds,
                       @Schema(example = "SPONSOR") OwnerSide ownerSide,
                       @Schema(example = "Dana Supply") String ownerName,
                       boolean joint,
                       @Schema(example = "3") int likelihood,
                       @Schema(example = "4") int impact,
                       @Schema(description = "likelihood x impact", example = "12") int score,
                       @Schema(example = "AMBER") Rag rag,
                       Integer residualLikelihood,
                       Integer residualImpact,
                       Integer residualScore,
                       Rag residualRag,
                       @Schema(example = "OPEN") RiskStatus status,
                       String statusReason,
                       @Schema(description = "in force: the risk's own or the RAG's", example = "QUARTERLY")
                       ReviewFrequency reviewFrequency,
                       @Schema(description = "whether the risk overrides the RAG's frequency")
                       boolean reviewFrequencyOverridden,
                       LocalDate identifiedOn,
                       LocalDate lastReviewedOn,
                       LocalDate nextReviewOn,
                       boolean reviewOverdue,
                       String raisedBy,
                       String raisedByName,
                       Instant raisedAt,
                       @Schema(description = "the event that raised it; null when raised by a person")
                       String causeEventId,
                       @Schema(description = "when the risk was retired; null while it is in the register")
                       Instant retiredAt,
                       String retiredBy,
                       String retiredReason,
                       long version)
        implements Versioned {

    static RiskView of(Risk risk, RagBands bands, LocalDate today) {
        RiskScore score = risk.score();
        RiskScore residual = risk.residual().orElse(null);
        return new RiskView(risk.id(), risk.title(), risk.description(), risk.category(), risk.partnerId(),
                risk.agreementId(), risk.sowId(), risk.milestoneId(), risk.linkedAgreementIds(), risk.ownerSide(), risk.ownerName(), risk.joint(),
                score.likelihood(), score.impact(), score.value(), score.rag(bands),
                residual == null ? null : residual.likelihood(), residual == null ? null : residual.impact(),
                residual == null ? null : residual.value(), residual == null ? null : residual.rag(bands),
                risk.status(), risk.statusReason(), risk.effectiveReviewFrequency(bands),
                risk.reviewFrequencyOverride().isPresent(), risk.identifiedOn(), risk.lastReviewedOn(),
                risk.nextReviewOn(), risk.isReviewOverdue(today), risk.raisedBy(), risk.raisedByName(),
                risk.raisedAt(), risk.causeEventId(), risk.retirement().map(Retirement::retiredAt).orElse(null),
                risk.retirement().map(Retirement::retiredBy).orElse(null),
                risk.retirement().map(Retirement::reason).orElse(null), risk.version());
    }
}
