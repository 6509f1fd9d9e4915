package com.partnershipgovernance.partner.scorecard.domain;

/** Where a selection stands: OPEN while evaluators score, DECIDED once the signed decision is recorded. */
public enum SelectionStatus {
    OPEN, DECIDED
}
