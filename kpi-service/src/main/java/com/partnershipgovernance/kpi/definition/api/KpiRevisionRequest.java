package com.partnershipgovernance.kpi.definition.api;

import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.KpiDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The revisable part of a KPI definition: its name, description, unit and category. */
@Schema(name = "KpiRevisionRequest")
public record KpiRevisionRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Query response time") String name,
        @Size(max = 4000) @Schema(example = "Mean working hours from a sponsor query to the partner's answer")
        String description,
        @NotBlank @Size(max = 40) @Schema(example = "hours") String unit,
        @NotNull @Schema(example = "RESPONSIVENESS") KpiCategory category) {

    KpiDescription toDescription() {
        return new KpiDescription(name, description, unit, category);
    }
}
