package com.partnershipgovernance.agreement.lifecycle.domain;

/** The kinds of agreement that share the lifecycle of {@link AgreementStatus} (EVENTS.md {@code kind}). */
public enum AgreementKind {
    MSA, SOW, QUALITY_AGREEMENT
}
