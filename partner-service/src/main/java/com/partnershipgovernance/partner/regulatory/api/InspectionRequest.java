package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.domain.InspectionFacts;
import com.partnershipgovernance.partner.regulatory.domain.InspectionOutcome;
import com.partnershipgovernance.partner.regulatory.domain.RegulatoryAuthority;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An inspection as recorded or corrected. */
@Schema(name = "InspectionRequest")
public record InspectionRequest(
        @Schema(description = "the inspected site, if the inspection concerned one") UUID siteId,
        @NotNull @Schema(example = "2025-06-12") LocalDate inspectedOn,
        @NotNull RegulatoryAuthority authority,
        @Size(max = 200) @Schema(description = "required when authority is OTHER", example = "Swissmedic")
        String authorityName,
        @NotNull InspectionOutcome outcome,
        @Min(0) @Max(1000) @Schema(description = "number of observations; at least 1 for FORM_483", example = "3")
        Integer observations,
        @Size(max = 10000) @Schema(example = "Observations on environmental monitoring trending") String notes) {

    /** The facts, after the checks that span fields (each naming its field). */
    InspectionFacts toFacts(LocalDate today) {
        if (inspectedOn.isAfter(today)) {
            throw new ValidationException("inspectedOn", "must not be in the future");
        }
        if (authority == RegulatoryAuthority.OTHER && (authorityName == null || authorityName.isBlank())) {
            throw new ValidationException("authorityName", "is required when authority is OTHER");
        }
        String observationsProblem = outcome.observationsProblem(observations);
        if (observationsProblem != null) {
            throw new ValidationException("observations", observationsProblem);
        }
        return new InspectionFacts(siteId, inspectedOn, authority, strip(authorityName), outcome, observations,
                strip(notes));
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
