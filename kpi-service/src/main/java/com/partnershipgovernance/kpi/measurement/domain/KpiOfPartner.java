package com.partnershipgovernance.kpi.measurement.domain;

import java.util.UUID;

/** One KPI of one partner: a cell of the portfolio. */
public record KpiOfPartner(UUID partnerId, String kpiCode) {
}
