package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A GMP certificate of a site. */
@Schema(name = "GmpCertificateRequest")
public record CertificateRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Swissmedic") String issuingAuthority,
        @NotBlank @Size(max = 100) @Schema(example = "CH-GMP-2026-0412") String certificateNumber,
        @NotNull @Schema(example = "2025-03-01") LocalDate issuedOn,
        @NotNull @Schema(example = "2028-02-28") LocalDate expiresOn,
        @NotBlank @Size(max = 2000) @Schema(example = "Sterile liquid and lyophilised fill-finish") String scope) {

    /** Dates out of order name the field instead of failing deeper down. */
    void checkDates() {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new ValidationException("expiresOn", "must be after issuedOn");
        }
    }
}
