package com.partnershipgovernance.agreement.sow.domain;

/** What a statement of work buys from the partner (EVENTS.md {@code sowKind}). */
public enum SowKind {
    CLINICAL, MANUFACTURING, DEVELOPMENT, ANALYTICAL, REGULATORY, OTHER
}
