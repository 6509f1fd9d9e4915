package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RegisterViews;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The highest-scored live risks. */
@Path("/risks/top")
@Tag(name = "Register views")
@Produces(MediaType.APPLICATION_JSON)
public class TopRisksResource {

    @Inject
    RegisterViews views;

    @Inject
    RiskSettings settings;

    @Inject
    Clock clock;

    /** The top risks, highest score first. */
    @Schema(name = "TopRisks")
    public record TopRisks(List<RiskView> items) {
    }

    @GET
    @Operation(summary = "Top risks", description = "The live (not closed) risks with the highest scores, the "
            + "oldest first among equal scores; takes the register's filters.")
    public TopRisks top(@QueryParam("limit") @DefaultValue("10")
                        @Min(value = 1, message = "must be between 1 and 100")
                        @Max(value = 100, message = "must be between 1 and 100") int limit,
                        @BeanParam RiskFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return new TopRisks(views.top(filter::appendTo, limit).stream()
                .map(risk -> RiskView.of(risk, settings.bands(), today)).toList());
    }
}
