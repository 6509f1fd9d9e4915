package com.partnershipgovernance.agreement.change.api;

import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ImpactAssessment;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A proposed change ({@code POST /change-requests}). */
@Schema(name = "ChangeRequestRequest")
public record ChangeRequestRequest(
        @Schema(description = "partner-service's id of the partner; a partner user's own partner is used") UUID partnerId,
        @NotNull @Schema(example = "QUALITY_AGREEMENT") AgreementKind agreementKind,
        @NotNull @Schema(description = "the MSA, SOW or quality agreement the change is made against") UUID agreementId,
        @NotBlank @Size(max = 300) @Schema(example = "Second filling line for drug product") String title,
        @NotBlank @Size(max = 8000) @Schema(example = "Qualify filling line 2 and add it to the process") String description,
        @NotBlank @Size(max = 4000) @Schema(example = "Capacity for the commercial launch") String reason,
        @NotNull @Valid ImpactRequest impact) {

    /** The impact assessment: each dimension stated, "none" included. */
    @Schema(name = "ImpactAssessment")
    public record ImpactRequest(
            @NotBlank @Size(max = 4000) @Schema(example = "Process validation of line 2 (3 PPQ batches)") String quality,
            @NotBlank @Size(max = 4000) @Schema(example = "Type II variation in the EU, PAS in the US") String regulatory,
            @NotBlank @Size(max = 4000) @Schema(example = "4 months") String timeline,
            @NotBlank @Size(max = 4000) @Schema(example = "EUR 350,000 validation cost") String cost) {
    }

    ChangeRequest.Proposal toProposal(boolean partnerUser) {
        if (partnerId == null && !partnerUser) {
            throw new ValidationException("partnerId", "must not be null");
        }
        return new ChangeRequest.Proposal(partnerId, agreementKind, agreementId, title.strip(), description.strip(),
                reason.strip(), new ImpactAssessment(impact.quality().strip(), impact.regulatory().strip(),
                impact.timeline().strip(), impact.cost().strip()));
    }
}
