package com.partnershipgovernance.kpi.definition.api;

import com.partnershipgovernance.kpi.definition.domain.Aggregation;
import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiSource;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A KPI definition as the API shows it. */
@Schema(name = "KpiDefinition")
public record KpiDefinitionView(UUID id,
                                @Schema(example = "ON_TIME_MILESTONE_RATE") String code,
                                @Schema(example = "On-time milestone rate") String name,
                                String description,
                                @Schema(example = "%") String unit,
                                @Schema(example = "PERFORMANCE") KpiCategory category,
                                @Schema(example = "HIGHER_IS_BETTER") Direction direction,
                                @Schema(example = "RATE") Aggregation aggregation,
                                @Schema(example = "MONTHLY") Periodicity periodicity,
                                @Schema(example = "DERIVED") KpiSource source,
                                Instant createdAt,
                                @Schema(example = "0") long version) implements Versioned {

    static KpiDefinitionView of(KpiDefinition d) {
        return new KpiDefinitionView(d.id(), d.code(), d.name(), d.description(), d.unit(), d.category(),
                d.direction(), d.aggregation(), d.periodicity(), d.source(), d.createdAt(), d.version());
    }
}
