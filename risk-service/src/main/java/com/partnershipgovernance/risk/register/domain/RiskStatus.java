package com.partnershipgovernance.risk.register.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a risk stands: OPEN when raised; MITIGATING while actions reduce it; ACCEPTED when the owner
 * decides to live with it; CLOSED when it can no longer happen. A closed or accepted risk can be
 * reopened; every move names its reason.
 */
public enum RiskStatus {
    OPEN, MITIGATING, ACCEPTED, CLOSED;

    /** The statuses this one may move to. */
    public Set<RiskStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(MITIGATING, ACCEPTED, CLOSED);
            case MITIGATING -> EnumSet.of(OPEN, ACCEPTED, CLOSED);
            case ACCEPTED -> EnumSet.of(OPEN, MITIGATING, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(RiskStatus to) {
        return next().contains(to);
    }

    /** Still part of the live register (counted in heat map, exposure and reviews). */
    public boolean isLive() {
        return this != CLOSED;
    }
}
