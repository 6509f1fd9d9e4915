package com.partnershipgovernance.kpi.definition.domain;

/** What a KPI says about a partnership; functional working groups read the KPIs of their category. */
public enum KpiCategory {
    PERFORMANCE, QUALITY, RESPONSIVENESS, COST
}
