package com.partnershipgovernance.kpi.definition.api;

import com.partnershipgovernance.kpi.definition.domain.Aggregation;
import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.KpiDescription;
import com.partnershipgovernance.kpi.definition.domain.KpiSource;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new KPI definition. */
@Schema(name = "KpiDefinitionRequest")
public record KpiDefinitionRequest(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{2,63}", message = "must be 3 to 64 characters A-Z, 0-9 and _, "
                + "starting with a letter") @Schema(example = "QUERY_RESPONSE_TIME") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Query response time") String name,
        @Size(max = 4000) @Schema(example = "Mean working hours from a sponsor query to the partner's answer")
        String description,
        @NotBlank @Size(max = 40) @Schema(example = "hours") String unit,
        @NotNull @Schema(example = "RESPONSIVENESS") KpiCategory category,
        @NotNull @Schema(example = "LOWER_IS_BETTER") Direction direction,
        @NotNull @Schema(example = "MEAN") Aggregation aggregation,
        @NotNull @Schema(example = "MONTHLY") Periodicity periodicity,
        @NotNull @Schema(example = "MANUAL") KpiSource source) {

    KpiDescription toDescription() {
        return new KpiDescription(name, description, unit, category);
    }
}
