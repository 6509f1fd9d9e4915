package com.partnershipgovernance.risk.rules.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The renewal of a watched certificate: the new certificate, its expiry date, and why it is recorded. */
@Schema(name = "CertificateRenewalRequest")
public record RenewalRequest(
        @NotBlank @Size(max = 200) @Schema(example = "EUGMP-DE-2026-0311") String certificateRef,
        @NotNull @Schema(example = "2029-02-28") LocalDate expiresOn,
        @NotBlank @Size(max = 2000) @Schema(example = "Renewed certificate received after the EMA inspection")
        String reason) {
}
