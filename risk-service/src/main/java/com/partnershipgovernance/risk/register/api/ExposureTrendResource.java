package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.ExposureTrend;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Trend of total exposure, month by month. */
@Path("/risks/exposure/trend")
@Tag(name = "Register views")
@Produces(MediaType.APPLICATION_JSON)
public class ExposureTrendResource {

    @Inject
    ExposureTrend trend;

    /** Exposure per month, oldest first. */
    @Schema(name = "ExposureTrend")
    public record Trend(List<Month> items) {
    }

    /** Exposure at the end of one month (now, for the current month). */
    @Schema(name = "ExposureTrendMonth")
    public record Month(@Schema(example = "2026-11") String month, @Schema(example = "83") int totalExposure,
                        @Schema(example = "7") int riskCount) {
    }

    @GET
    @Operation(summary = "Trend of total exposure", description = "For each of the last months, the sum of the "
            + "scores of the risks live at the month's end, as the audit trail records them; the current month "
            + "as of now. A partner user's trend covers their joint risks only.")
    public Trend trend(@QueryParam("months") @DefaultValue("12") @Min(value = 1, message = "must be between 1 and 36")
                       @Max(value = 36, message = "must be between 1 and 36") int months,
                       @QueryParam("partnerId") @Parameter(description = "only this partner's risks") UUID partnerId) {
        return new Trend(trend.lastMonths(months, partnerId).stream()
                .map(p -> new Month(p.month().toString(), p.totalExposure(), p.riskCount())).toList());
    }
}
