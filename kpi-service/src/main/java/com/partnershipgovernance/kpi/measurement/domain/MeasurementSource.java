package com.partnershipgovernance.kpi.measurement.domain;

/** Who produced a measurement: a person, an integration (ERP, QMS), or kpi-service from events. */
public enum MeasurementSource {
    MANUAL, INTEGRATION, DERIVED
}
