package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.EvaluatorScore;
import com.partnershipgovernance.platform.audit.AuditHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The audit trail of a selection's scores: per score, every value it had, who gave it, when and why. */
@Schema(name = "ScoreHistory")
public record ScoreHistoryView(List<Item> items) {

    /** One score and its trail, oldest revision first. */
    @Schema(name = "ScoreHistoryItem")
    public record Item(UUID scoreId, UUID candidatePartnerId, @Schema(example = "COST") String criterionCode,
                       @Schema(example = "u-1234") String evaluatorId, List<AuditHistory.Entry> revisions) {

        static Item of(EvaluatorScore score, AuditHistory history) {
            return new Item(score.id(), score.candidatePartnerId(), score.criterionCode(), score.evaluatorId(),
                    history.items());
        }
    }
}
