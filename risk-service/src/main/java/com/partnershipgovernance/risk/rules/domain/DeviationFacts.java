package com.partnershipgovernance.risk.rules.domain;

import java.util.UUID;

/**
 * What {@link DeviationRiskPolicy} reads of a reported or classified deviation.
 *
 * @param severity          CRITICAL, MAJOR, MINOR or null before classification
 * @param alreadyApplied    the highest severity of this deviation an earlier firing applied; null if none
 */
public record DeviationFacts(UUID deviationId, UUID partnerId, UUID sowId, String externalRef, String category,
                             String severity, String alreadyApplied) {

    /** The same facts, knowing which severity of the deviation earlier firings applied. */
    public DeviationFacts withAlreadyApplied(String severity) {
        return new DeviationFacts(deviationId, partnerId, sowId, externalRef, category, this.severity, severity);
    }
}
