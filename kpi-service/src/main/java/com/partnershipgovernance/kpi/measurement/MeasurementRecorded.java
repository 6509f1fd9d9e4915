package com.partnershipgovernance.kpi.measurement;

import java.util.UUID;

/**
 * Fired (synchronously, in the recording transaction) whenever a measurement of a KPI for a partner
 * is stored or changed, so that what depends on the KPI's current value follows.
 */
public record MeasurementRecorded(String kpiCode, UUID partnerId) {
}
