package com.partnershipgovernance.kpi.status.events;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of {@code kpi.breached}: a partner's KPI turned RED. */
public record KpiBreached(UUID partnerId, String kpiCode, String kpiCategory, String period, BigDecimal value,
                          BigDecimal target, String rag) {
}
