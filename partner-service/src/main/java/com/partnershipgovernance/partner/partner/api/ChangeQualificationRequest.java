package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.platform.signature.SignatureRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A qualification move: where to, why, and for an approval the signature's meaning. */
@Schema(name = "ChangeQualificationRequest")
public record ChangeQualificationRequest(
        @NotNull @Schema(example = "QUALIFIED") QualificationStatus to,
        @NotBlank @Size(max = 2000) @Schema(example = "Qualification audit closed without critical findings")
        String reason,
        @Valid @Schema(description = "required to approve (QUALIFIED, CONDITIONALLY_APPROVED)")
        SignatureRequest signature) {
}
