package com.partnershipgovernance.kpi.threshold.domain;

/** Red, amber or green: how a KPI value reads against its thresholds. */
public enum Rag {
    GREEN, AMBER, RED
}
