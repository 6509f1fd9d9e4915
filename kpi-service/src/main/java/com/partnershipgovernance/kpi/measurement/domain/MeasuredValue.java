package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A measurement's value only, for reading many at once (the portfolio's two latest per partner and KPI): no
 * entity to hydrate, track or dirty-check.
 */
public record MeasuredValue(UUID partnerId, String kpiCode, Period period, BigDecimal value) {
}
