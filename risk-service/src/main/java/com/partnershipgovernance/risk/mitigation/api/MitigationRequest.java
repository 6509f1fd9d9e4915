package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.risk.register.domain.OwnerSide;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A mitigation action to plan on a risk. */
@Schema(name = "MitigationRequest")
public record MitigationRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "Qualify second fill-finish line before campaign start")
        String description,
        @NotNull @Schema(example = "PARTNER") OwnerSide ownerSide,
        @NotBlank @Size(max = 200) @Schema(example = "Pat Partner") String ownerName,
        @NotNull @Schema(description = "not in the past", example = "2027-02-28") LocalDate dueOn) {
}
