package com.partnershipgovernance.partner.audit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The audit took place: when (not in the future), and optionally a note for the audit trail. */
@Schema(name = "PerformAuditRequest")
public record PerformAuditRequest(
        @NotNull @Schema(example = "2026-09-16") LocalDate performedOn,
        @Size(max = 2000) @Schema(example = "On-site audit held over three days") String reason) {
}
