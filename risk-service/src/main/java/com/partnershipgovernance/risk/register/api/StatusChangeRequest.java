package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.RiskStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move in a risk's lifecycle, and why. */
@Schema(name = "RiskStatusChangeRequest")
public record StatusChangeRequest(
        @NotNull @Schema(example = "MITIGATING") RiskStatus to,
        @NotBlank @Size(max = 2000) @Schema(example = "Second filling line qualification started") String reason) {
}
