package com.partnershipgovernance.kpi.measurement.api;

import com.partnershipgovernance.kpi.measurement.domain.MeasurementSource;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A measurement with its RAG against the thresholds in force at the end of its period. */
@Schema(name = "Measurement")
public record MeasurementView(UUID id,
                              @Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                              UUID partnerId,
                              @Schema(example = "2026-07") String period,
                              @Schema(example = "66.67") BigDecimal value,
                              @Schema(example = "DERIVED") MeasurementSource source,
                              String comment,
                              @Schema(example = "system:kpi-service") String recordedBy,
                              String recordedByName,
                              Instant recordedAt,
                              @Schema(description = "null while no thresholds apply", example = "RED") Rag rag,
                              @Schema(description = "null while no thresholds apply", example = "95") BigDecimal target,
                              @Schema(description = "the events a derived measurement came from")
                              List<SourceEventView> sourceEvents,
                              @Schema(example = "0") long version) implements Versioned {

    /** An event a derived measurement came from. */
    @Schema(name = "MeasurementSourceEvent")
    public record SourceEventView(@Schema(example = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f") String eventId,
                                  @Schema(example = "milestone.missed") String eventType,
                                  Instant linkedAt) {
    }
}
