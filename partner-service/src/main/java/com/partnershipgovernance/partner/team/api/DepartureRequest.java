package com.partnershipgovernance.partner.team.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A person left the partner's team. */
@Schema(name = "DepartureRequest")
public record DepartureRequest(
        @NotNull @Schema(example = "2026-10-31") LocalDate leftOn,
        @Size(max = 10000) @Schema(example = "Left the company; deputy PM covers until a successor starts")
        String note) {
}
