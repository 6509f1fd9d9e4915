package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.PartnerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What it takes to register a prospect: its legal name and type; the rest comes with evaluation. */
@Schema(name = "RegisterPartnerRequest")
public record RegisterPartnerRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Acme Biologics GmbH") String legalName,
        @NotNull @Schema(example = "CDMO") PartnerType type) {
}
