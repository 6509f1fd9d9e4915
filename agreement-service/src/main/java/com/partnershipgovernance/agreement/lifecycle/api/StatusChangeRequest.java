package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.platform.signature.SignatureRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle move: where to, why, which version, and for an approval or execution the signature's meaning. */
@Schema(name = "AgreementStatusChangeRequest")
public record StatusChangeRequest(
        @NotNull @Schema(example = "APPROVED") AgreementStatus to,
        @NotBlank @Size(max = 2000) @Schema(example = "Terms agreed with the partner's counsel") String reason,
        @Min(1) @Schema(description = "the version to move; the latest when omitted (e.g. name the version in "
                + "force to suspend it while an amendment is drafted)", example = "1") Integer version,
        @Valid @Schema(description = "required to approve (APPROVED) or execute (EXECUTED)")
        SignatureRequest signature) {
}
