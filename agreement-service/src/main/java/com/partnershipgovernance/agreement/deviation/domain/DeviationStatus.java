package com.partnershipgovernance.agreement.deviation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deviation stands: reported, investigated, its CAPA carried out, closed. An investigation that finds
 * no CAPA is needed closes directly; CAPA work that shows the root cause was wrong goes back to investigation.
 * A closed deviation is final.
 */
public enum DeviationStatus {
    REPORTED, UNDER_INVESTIGATION, CAPA_IN_PROGRESS, CLOSED;

    /** The statuses this one may be moved to. */
    public Set<DeviationStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(UNDER_INVESTIGATION);
            case UNDER_INVESTIGATION -> EnumSet.of(CAPA_IN_PROGRESS, CLOSED);
            case CAPA_IN_PROGRESS -> EnumSet.of(UNDER_INVESTIGATION, CLOSED);
            case CLOSED -> EnumSet.noneOf(DeviationStatus.class);
        };
    }

    public boolean canMoveTo(DeviationStatus to) {
        return next().contains(to);
    }

    /** Whether CAPA actions may be added or checked: while the deviation is investigated or its CAPA runs. */
    public boolean acceptsCapaWork() {
        return this == UNDER_INVESTIGATION || this == CAPA_IN_PROGRESS;
    }
}
