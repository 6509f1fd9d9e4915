package com.partnershipgovernance.risk.register.events;

import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.Risk;

import java.util.UUID;

/** Payload of {@code risk.raised}: a risk entered the register, by a person or from an event. */
public record RiskRaised(UUID riskId, UUID partnerId, String category, int likelihood, int impact, int score,
                         String rag, String causeEventId) {

    public static RiskRaised of(Risk risk, RagBands bands) {
        return new RiskRaised(risk.id(), risk.partnerId(), risk.category().name(), risk.score().likelihood(),
                risk.score().impact(), risk.score().value(), risk.score().rag(bands).name(), risk.causeEventId());
    }
}
