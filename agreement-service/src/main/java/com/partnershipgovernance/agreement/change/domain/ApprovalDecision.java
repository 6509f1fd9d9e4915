package com.partnershipgovernance.agreement.change.domain;

/** A party's decision on a change request. */
public enum ApprovalDecision {
    APPROVED, REJECTED
}
