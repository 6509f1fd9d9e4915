package com.partnershipgovernance.partner.partner.domain;

/** Where a partner stands in the sponsor's qualification lifecycle. */
public enum QualificationStatus {
    PROSPECT, UNDER_EVALUATION, QUALIFIED, CONDITIONALLY_APPROVED, SUSPENDED, DISQUALIFIED
}
