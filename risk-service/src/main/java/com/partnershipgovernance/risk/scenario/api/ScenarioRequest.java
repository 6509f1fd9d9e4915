package com.partnershipgovernance.risk.scenario.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hypothetical event: its short type and its payload, exactly as EVENTS.md describes them. */
@Schema(name = "ScenarioRequest")
public record ScenarioRequest(
        @NotBlank @Schema(description = "deviation.reported, deviation.classified, deviation.closed, "
                + "milestone.missed, partner.qualification-changed, kpi.breached or partner.certification-expiring",
                example = "deviation.reported")
        String type,
        @NotNull @Schema(implementation = Object.class, description = "the event's data as EVENTS.md lists it",
                example = "{\"deviationId\":\"3f0c1b9e-6a1d-4f7e-9a55-1c2d3e4f5a6b\","
                        + "\"partnerId\":\"5b0e7d2a-3f44-4a55-9f0e-0d1c2b3a4f5e\",\"sowId\":null,"
                        + "\"category\":\"BATCH_FAILURE\",\"severity\":\"CRITICAL\"}") JsonNode payload) {
}
