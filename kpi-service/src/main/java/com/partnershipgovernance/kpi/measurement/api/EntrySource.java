package com.partnershipgovernance.kpi.measurement.api;

import com.partnershipgovernance.kpi.measurement.domain.MeasurementSource;

/** Who enters a value through the API: a person, or an integration (ERP, QMS). DERIVED is kpi-service's own. */
public enum EntrySource {
    MANUAL, INTEGRATION;

    MeasurementSource toSource() {
        return MeasurementSource.valueOf(name());
    }
}
