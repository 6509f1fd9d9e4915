package com.partnershipgovernance.partner.audit.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a sponsor audit stands, and which moves are allowed: a PLANNED audit is PERFORMED or
 * CANCELLED; a PERFORMED audit is CLOSED once its critical and major findings are (see
 * {@link AuditClosingPolicy}). CLOSED and CANCELLED are final: the record of a closed audit is
 * not reopened, a new (for-cause) audit is planned instead.
 */
public enum AuditStatus {
    PLANNED, PERFORMED, CLOSED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<AuditStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(PERFORMED, CANCELLED);
            case PERFORMED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(AuditStatus.class);
        };
    }

    public boolean canMoveTo(AuditStatus to) {
        return next().contains(to);
    }

    /** Whether the audit's record may still be edited (planning data, findings). */
    public boolean isOpen() {
        return this == PLANNED || this == PERFORMED;
    }
}
