package com.partnershipgovernance.risk.register.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new likelihood and impact for a risk, and why. */
@Schema(name = "RescoreRequest")
public record RescoreRequest(
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "4") Integer likelihood,
        @NotNull @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(example = "5") Integer impact,
        @NotBlank @Size(max = 2000) @Schema(example = "Second OOS on the same product in one quarter") String reason) {
}
