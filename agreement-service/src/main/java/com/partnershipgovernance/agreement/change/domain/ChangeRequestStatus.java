package com.partnershipgovernance.agreement.change.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a change request stands. PROPOSED until every party the quality agreement makes responsible for change
 * control decided: all approved makes it APPROVED, one rejection REJECTED. An approved change is implemented,
 * then closed once verified. A proposal may be withdrawn before a decision. APPROVED and REJECTED are reached
 * only through approvals, never chosen.
 */
public enum ChangeRequestStatus {
    PROPOSED, APPROVED, REJECTED, IMPLEMENTED, CLOSED, WITHDRAWN;

    /** The statuses an explicit move may reach from this one. */
    public Set<ChangeRequestStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(WITHDRAWN);
            case APPROVED -> EnumSet.of(IMPLEMENTED);
            case IMPLEMENTED -> EnumSet.of(CLOSED);
            case REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ChangeRequestStatus.class);
        };
    }

    public boolean canMoveTo(ChangeRequestStatus to) {
        return next().contains(to);
    }
}
