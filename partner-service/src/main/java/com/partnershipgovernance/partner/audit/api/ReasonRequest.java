package com.partnershipgovernance.partner.audit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle action's reason, kept in the audit trail (closing or cancelling an audit, closing a finding). */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "All CAPAs verified effective at follow-up")
        String reason) {
}
