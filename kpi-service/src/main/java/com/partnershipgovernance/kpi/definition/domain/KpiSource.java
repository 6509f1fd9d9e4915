package com.partnershipgovernance.kpi.definition.domain;

/** Where a KPI's measurements come from: entered by people and integrations, or derived from events. */
public enum KpiSource {
    MANUAL, DERIVED
}
