package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.AuditPlan;
import com.partnershipgovernance.partner.audit.domain.AuditType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An audit's planning data, to plan it ({@code POST}) or revise it ({@code PUT}). */
@Schema(name = "SponsorAuditRequest")
public record AuditRequest(
        @NotNull @Schema(example = "ROUTINE") AuditType type,
        @Schema(description = "the audited site of the partner; none for a corporate or remote audit")
        UUID siteId,
        @NotBlank @Size(max = 4000) @Schema(example = "Aseptic filling line 2, environmental monitoring, QC micro lab")
        String scope,
        @NotBlank @Size(max = 200) @Schema(example = "Dana Quality") String leadAuditor,
        @Size(max = 20) @Schema(description = "co-auditors and experts", example = "[\"Sam Micro\"]")
        Set<@NotBlank @Size(max = 200) String> auditors,
        @NotNull @Schema(example = "2026-09-14") LocalDate plannedOn) {

    AuditPlan toPlan() {
        return new AuditPlan(type, siteId, scope, leadAuditor, auditors, plannedOn);
    }
}
