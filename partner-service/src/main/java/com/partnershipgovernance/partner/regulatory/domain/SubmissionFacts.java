package com.partnershipgovernance.partner.regulatory.domain;

/** What is recorded of a regulatory submission the partner supported. */
public record SubmissionFacts(RegulatoryAuthority authority, String authorityName, String productType,
                              int submissionYear, SubmissionOutcome outcome, String notes) {
}
