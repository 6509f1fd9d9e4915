package com.partnershipgovernance.agreement.milestone.domain;

/**
 * Where a SOW milestone stands: OPEN until it is completed; ON_HOLD when a milestone it depends on got a
 * NO_GO decision (held milestones are neither completed nor reported due or missed).
 */
public enum MilestoneStatus {
    OPEN, ON_HOLD, COMPLETED
}
