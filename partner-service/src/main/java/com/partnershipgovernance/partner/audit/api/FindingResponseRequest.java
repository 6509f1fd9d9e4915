package com.partnershipgovernance.partner.audit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's response to a finding: root cause, corrections and CAPA plan. */
@Schema(name = "FindingResponseRequest")
public record FindingResponseRequest(
        @NotBlank @Size(max = 20000)
        @Schema(example = "Root cause: SOP-EM-004 allowed plate changes mid-fill. CAPA: SOP revised, operators "
                + "retrained by 2026-10-30.")
        String response) {
}
