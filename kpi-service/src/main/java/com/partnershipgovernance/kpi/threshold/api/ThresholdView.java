package com.partnershipgovernance.kpi.threshold.api;

import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Target and RAG thresholds of a KPI as the API shows them. */
@Schema(name = "RagThreshold")
public record ThresholdView(UUID id,
                            @Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                            @Schema(description = "null for the portfolio default") UUID partnerId,
                            @Schema(example = "95") BigDecimal target,
                            @Schema(example = "90") BigDecimal greenThreshold,
                            @Schema(example = "80") BigDecimal redThreshold,
                            @Schema(example = "2026-01-01") LocalDate validFrom,
                            LocalDate validUntil,
                            String comment,
                            Instant createdAt,
                            @Schema(example = "0") long version) implements Versioned {

    static ThresholdView of(RagThreshold t) {
        RagLimits limits = t.limits();
        return new ThresholdView(t.id(), t.kpiCode(), t.partnerId(), limits.target(), limits.greenThreshold(),
                limits.redThreshold(), t.validFrom(), t.validUntil(), t.comment(), t.createdAt(), t.version());
    }
}
