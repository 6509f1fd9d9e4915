package com.partnershipgovernance.kpi.status.events;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of {@code kpi.recovered}: a partner's KPI left RED (rag is AMBER, GREEN, or null without thresholds). */
public record KpiRecovered(UUID partnerId, String kpiCode, String kpiCategory, String period, BigDecimal value,
                           BigDecimal target, String rag) {
}
