package com.partnershipgovernance.risk.register.domain;

/** What kind of thing could go wrong in a partnership (issue 7). */
public enum RiskCategory {
    CLINICAL_DELAY_OR_LOW_ENROLMENT,
    BATCH_FAILURE_OR_OOS,
    REGULATORY_REWORK,
    PARTNER_CAPACITY_OR_TURNOVER,
    PARTNER_COMPLIANCE,
    SUPPLY_CHAIN_DISRUPTION,
    QUALITY_SYSTEM,
    FINANCIAL,
    OTHER
}
