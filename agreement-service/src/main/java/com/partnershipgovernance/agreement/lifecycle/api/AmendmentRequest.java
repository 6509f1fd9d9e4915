package com.partnershipgovernance.agreement.lifecycle.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an executed agreement is amended. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Liability cap raised for commercial-scale manufacturing")
        String reason) {
}
