package com.partnershipgovernance.partner.audit.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The follow-up of an audit finding: OPEN until the partner responds (RESPONSE_RECEIVED); the
 * sponsor's quality then closes it, or rejects the response and it is OPEN again. An observation,
 * which needs no response, may be closed while OPEN. CLOSED is final.
 */
public enum FindingStatus {
    OPEN, RESPONSE_RECEIVED, CLOSED;

    /** The statuses this one may move to. */
    public Set<FindingStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(RESPONSE_RECEIVED, CLOSED);
            case RESPONSE_RECEIVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(FindingStatus.class);
        };
    }

    public boolean canMoveTo(FindingStatus to) {
        return next().contains(to);
    }
}
