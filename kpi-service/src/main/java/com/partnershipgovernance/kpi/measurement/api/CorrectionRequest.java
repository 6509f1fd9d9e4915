package com.partnershipgovernance.kpi.measurement.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A corrected value of an entered measurement (the reason goes in X-Change-Reason). */
@Schema(name = "MeasurementCorrectionRequest")
public record CorrectionRequest(@NotNull @Digits(integer = 12, fraction = 4) @Schema(example = "21") BigDecimal value,
                                @Size(max = 2000) @Schema(example = "Two queries were logged twice") String comment) {
}
