package com.partnershipgovernance.risk.rules.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What {@link KpiBreachPolicy} reads of a breached KPI.
 *
 * @param alreadyRecorded whether an earlier firing recorded the same KPI's breach for the same period
 */
public record KpiBreachFacts(UUID partnerId, String kpiCode, String kpiCategory, String period, BigDecimal value,
                             BigDecimal target, boolean alreadyRecorded) {

    /** What identifies the breach: partner, KPI and period. */
    public String subjectRef() {
        return partnerId + ":" + kpiCode + ":" + period;
    }

    public KpiBreachFacts withAlreadyRecorded(boolean recorded) {
        return new KpiBreachFacts(partnerId, kpiCode, kpiCategory, period, value, target, recorded);
    }
}
