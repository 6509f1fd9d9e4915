package com.partnershipgovernance.agreement.deviation.domain;

/** What went wrong (EVENTS.md {@code category}). */
public enum DeviationCategory {
    BATCH_FAILURE, OOS_RESULT, MISSED_NOTIFICATION, EQUIPMENT, DOCUMENTATION, OTHER
}
