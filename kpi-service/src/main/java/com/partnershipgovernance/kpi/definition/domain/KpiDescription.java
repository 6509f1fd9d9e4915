package com.partnershipgovernance.kpi.definition.domain;

/** What people may revise of a KPI definition: how it is named, explained and grouped. */
public record KpiDescription(String name, String description, String unit, KpiCategory category) {
}
