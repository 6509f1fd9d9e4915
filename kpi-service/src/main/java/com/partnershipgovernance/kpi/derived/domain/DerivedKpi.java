package com.partnershipgovernance.kpi.derived.domain;

/**
 * The KPIs kpi-service derives from other services' events (their codes in the shipped catalogue); each is
 * computed by {@link PartnerFacts#valueOf} from the facts of one partner in one period.
 */
public enum DerivedKpi {
    ON_TIME_MILESTONE_RATE,
    DEVIATIONS_NOTIFIED_ON_TIME_RATE,
    MEAN_DAYS_TO_CLOSE_DEVIATION,
    DEVIATIONS_PER_BATCH,
    RIGHT_FIRST_TIME_BATCH_RATE,
    BUDGET_VARIANCE,
    AUDIT_FINDINGS_PER_AUDIT;

    /** The KPI's code in the catalogue. */
    public String code() {
        return name();
    }
}
