package com.partnershipgovernance.risk.register.domain;

/** Where a re-score proposal stands: PENDING in the owner's review queue until ACCEPTED or REJECTED. */
public enum ProposalStatus {
    PENDING, ACCEPTED, REJECTED
}
