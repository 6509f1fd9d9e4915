package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.domain.RegulatoryAuthority;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionFacts;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionOutcome;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A regulatory submission the partner supported, as recorded or corrected. */
@Schema(name = "RegulatorySubmissionRequest")
public record SubmissionRequest(
        @NotNull RegulatoryAuthority authority,
        @Size(max = 200) @Schema(description = "required when authority is OTHER", example = "Health Canada")
        String authorityName,
        @NotBlank @Size(max = 300) @Schema(example = "Monoclonal antibody, BLA (CMC module 3)") String productType,
        @NotNull @Min(1950) @Schema(example = "2024") Integer submissionYear,
        @NotNull SubmissionOutcome outcome,
        @Size(max = 10000) String notes) {

    SubmissionFacts toFacts(LocalDate today) {
        if (submissionYear > today.getYear()) {
            throw new ValidationException("submissionYear", "must not be in the future");
        }
        if (authority == RegulatoryAuthority.OTHER && (authorityName == null || authorityName.isBlank())) {
            throw new ValidationException("authorityName", "is required when authority is OTHER");
        }
        return new SubmissionFacts(authority, InspectionRequest.strip(authorityName), productType.strip(),
                submissionYear, outcome, InspectionRequest.strip(notes));
    }
}
