package com.partnershipgovernance.kpi.measurement;

import com.partnershipgovernance.kpi.measurement.domain.MeasurementSource;

import java.math.BigDecimal;
import java.util.UUID;

/** A value a person or an integration enters for a KPI, partner and period (as written, e.g. {@code 2026-07}). */
public record EnteredValue(String kpiCode, UUID partnerId, String period, BigDecimal value, MeasurementSource source,
                           String comment) {
}
