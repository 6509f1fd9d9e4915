package com.partnershipgovernance.kpi.measurement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Many measurements at once (an integration's monthly upload): stored all together or not at all. */
@Schema(name = "MeasurementImportRequest")
public record MeasurementImportRequest(
        @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull MeasurementRequest> measurements) {
}
