package com.partnershipgovernance.kpi.definition.domain;

/** The length of a KPI's periods: operational teams read months, steering committees quarters. */
public enum Periodicity {
    MONTHLY, QUARTERLY
}
