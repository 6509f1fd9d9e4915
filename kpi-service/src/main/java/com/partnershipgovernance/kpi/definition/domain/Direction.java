package com.partnershipgovernance.kpi.definition.domain;

import java.math.BigDecimal;

/** Which way a KPI's values improve; the RAG of a value and the order of its thresholds follow it. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Whether {@code a} is better than {@code b} for a KPI of this direction. */
    public boolean isBetter(BigDecimal a, BigDecimal b) {
        int comparison = a.compareTo(b);
        return this == HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
    }
}
