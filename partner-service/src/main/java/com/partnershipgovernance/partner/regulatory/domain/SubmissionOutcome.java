package com.partnershipgovernance.partner.regulatory.domain;

/** Where a regulatory submission the partner supported ended (or stands). */
public enum SubmissionOutcome {
    APPROVED, APPROVED_WITH_CONDITIONS, PENDING, REFUSED, WITHDRAWN
}
