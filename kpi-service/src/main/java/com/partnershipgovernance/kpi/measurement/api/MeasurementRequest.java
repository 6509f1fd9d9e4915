package com.partnershipgovernance.kpi.measurement.api;

import com.partnershipgovernance.kpi.measurement.EnteredValue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** One measurement entered by a person or an integration. */
@Schema(name = "MeasurementRequest")
public record MeasurementRequest(
        @NotBlank @Schema(example = "QUERY_RESPONSE_TIME") String kpiCode,
        @NotNull @Schema(example = "5b0e7d2a-3f44-4a55-9f0e-0d1c2b3a4f5e") UUID partnerId,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])", message = "must be a month YYYY-MM or a quarter "
                + "YYYY-Qn") @Schema(description = "a month YYYY-MM or a quarter YYYY-Qn, as the KPI's periodicity",
                example = "2026-07") String period,
        @NotNull @Digits(integer = 12, fraction = 4) @Schema(example = "18.5") BigDecimal value,
        @NotNull @Schema(example = "MANUAL") EntrySource source,
        @Size(max = 2000) @Schema(example = "From the query log of the clinical operations tracker") String comment) {

    EnteredValue toValue() {
        return new EnteredValue(kpiCode, partnerId, period, value, source.toSource(), comment);
    }
}
