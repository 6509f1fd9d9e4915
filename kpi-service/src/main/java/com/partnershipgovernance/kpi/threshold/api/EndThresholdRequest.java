package com.partnershipgovernance.kpi.threshold.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Ends thresholds on a last day, with the reason for the audit trail. */
@Schema(name = "EndRagThresholdRequest")
public record EndThresholdRequest(@NotNull @Schema(example = "2026-06-30") LocalDate validUntil,
                                  @NotBlank @Size(max = 2000) @Schema(example = "New targets agreed for H2")
                                  String reason) {
}
