package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.FindingDetails;
import com.partnershipgovernance.partner.audit.domain.FindingSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A finding of a performed audit, to raise it ({@code POST}) or revise it ({@code PUT}). */
@Schema(name = "FindingRequest")
public record FindingRequest(
        @NotNull @Schema(example = "MAJOR") FindingSeverity severity,
        @Size(max = 500) @Schema(example = "EU GMP Annex 1 §9.30") String requirement,
        @NotBlank @Size(max = 10000)
        @Schema(example = "Settle plates in grade A were not exposed for the full duration of filling")
        String description,
        @Schema(description = "required but for an OBSERVATION; not before the audit was performed",
                example = "2026-10-16")
        LocalDate responseDueOn) {

    FindingDetails toDetails() {
        return new FindingDetails(severity, requirement, description, responseDueOn);
    }
}
