package com.partnershipgovernance.risk.register.events;

import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskScoreChange;

import java.util.UUID;

/** Payload of {@code risk.rescored}: a risk's score changed, with the reason and the causing event (or null). */
public record RiskRescored(UUID riskId, UUID partnerId, int previousScore, int score, String rag, String reason,
                           String causeEventId) {

    public static RiskRescored of(Risk risk, RiskScoreChange change, RagBands bands) {
        return new RiskRescored(risk.id(), risk.partnerId(),
                change.previous().orElseThrow(() -> new IllegalArgumentException("not a re-score")).value(),
                change.score().value(), change.score().rag(bands).name(), change.reason(), change.causeEventId());
    }
}
