package com.partnershipgovernance.kpi.threshold.api;

import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** New target and RAG thresholds of a KPI, for a partner or (without partnerId) the portfolio default. */
@Schema(name = "RagThresholdRequest")
public record ThresholdRequest(
        @Schema(description = "the partner; omit for the portfolio default") UUID partnerId,
        @NotNull @Schema(description = "the goal; must read green", example = "95") BigDecimal target,
        @NotNull @Schema(description = "GREEN at or beyond this value (at or above where higher is better, at or "
                + "below where lower is better)", example = "90") BigDecimal greenThreshold,
        @NotNull @Schema(description = "RED beyond this value (below where higher is better, above where lower is "
                + "better); AMBER between the two thresholds", example = "80") BigDecimal redThreshold,
        @NotNull @Schema(example = "2026-01-01") LocalDate validFrom,
        @Schema(description = "last day they apply; omit for open-ended", example = "2026-12-31") LocalDate validUntil,
        @Size(max = 2000) @Schema(example = "Agreed at the Q4 steering committee") String comment) {

    RagLimits limits() {
        return new RagLimits(target, greenThreshold, redThreshold);
    }
}
