package com.partnershipgovernance.agreement.deviation.api;

import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationCategory;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A deviation as reported by quality or by the partner ({@code POST /deviations}). */
@Schema(name = "DeviationRequest")
public record DeviationRequest(
        @Schema(description = "partner-service's id of the partner; a partner user's own partner is used whatever "
                + "is given") UUID partnerId,
        @NotNull @Schema(description = "the SOW the deviation occurred under") UUID sowId,
        @Size(max = 100) @Schema(example = "DS-2027-0042") String batchNumber,
        @Size(max = 100) @Schema(description = "the partner's or sponsor's QMS number, unique per partner",
                example = "QMS-DEV-12345") String externalRef,
        @NotNull @Schema(example = "OOS_RESULT") DeviationCategory category,
        @Schema(description = "null until quality classifies the deviation", example = "MAJOR")
        DeviationSeverity severity,
        @NotNull @Schema(example = "2027-03-10") LocalDate occurredOn,
        @Schema(description = "when the partner notified the sponsor; today when omitted", example = "2027-03-11")
        LocalDate reportedOn,
        @NotBlank @Size(max = 4000) @Schema(example = "Assay result 91.2% against a specification of 95-105%")
        String description) {

    /** A partner user's partner replaces {@code partnerId} later; a sponsor user must name one. */
    Deviation.Report toReport(LocalDate today, boolean partnerUser) {
        if (partnerId == null && !partnerUser) {
            throw new com.partnershipgovernance.platform.problem.ValidationException("partnerId", "must not be null");
        }
        return new Deviation.Report(partnerId, sowId, blankToNull(batchNumber), blankToNull(externalRef), category,
                severity, occurredOn, reportedOn == null ? today : reportedOn, description.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
