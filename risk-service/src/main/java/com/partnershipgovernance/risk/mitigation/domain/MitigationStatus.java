package com.partnershipgovernance.risk.mitigation.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a mitigation action stands: PLANNED, IN_PROGRESS, then COMPLETED or CANCELLED (both final). */
public enum MitigationStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    public Set<MitigationStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(MitigationStatus.class);
        };
    }

    public boolean canMoveTo(MitigationStatus to) {
        return next().contains(to);
    }

    /** Still to be done: counted as overdue once its due date has passed. */
    public boolean isPending() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
