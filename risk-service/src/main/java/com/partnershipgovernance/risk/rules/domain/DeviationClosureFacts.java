package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What {@link DeviationClosurePolicy} reads of a closed deviation, with what the register knows of it.
 *
 * @param scoreBeforeDeviation the score the affected risk had before the deviation changed it; null when
 *                             the deviation raised the risk, or changed none
 */
public record DeviationClosureFacts(UUID deviationId, UUID partnerId, LocalDate closedOn, Integer daysOpen,
                                    String rootCause, Integer capaCount, RiskScore scoreBeforeDeviation) {

    /** The same facts, knowing the affected risk's score before the deviation. */
    public DeviationClosureFacts withScoreBefore(RiskScore before) {
        return new DeviationClosureFacts(deviationId, partnerId, closedOn, daysOpen, rootCause, capaCount, before);
    }
}
