package com.partnershipgovernance.kpi.dashboard.domain;

import com.partnershipgovernance.kpi.definition.domain.Direction;

import java.math.BigDecimal;

/** Which way a KPI moved between its two latest measured periods, read with the KPI's direction. */
public enum Travel {
    IMPROVING, STABLE, WORSENING,
    /** Fewer than two measured periods. */
    UNKNOWN;

    /** The travel from {@code previous} to {@code current}; either may be null (not measured). */
    public static Travel of(Direction direction, BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null) {
            return UNKNOWN;
        }
        if (current.compareTo(previous) == 0) {
            return STABLE;
        }
        return direction.isBetter(current, previous) ? IMPROVING : WORSENING;
    }
}
