package com.partnershipgovernance.kpi.dashboard.api;

import com.partnershipgovernance.kpi.dashboard.DashboardViews;
import com.partnershipgovernance.kpi.dashboard.Dashboards;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.partner.domain.KnownPartner;
import com.partnershipgovernance.kpi.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The dashboards steering committees, operational teams and functional working groups read: per
 * partner and for the whole portfolio. A partner's user sees only their own partner.
 */
@Path("/dashboards")
@Tag(name = "Dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("/partners/{id}")
    @Operation(summary = "A partner's KPI dashboard", description = "Every KPI (or those of one category, for a "
            + "functional working group) with its current value (the latest measured period begun by asOf), target, "
            + "RAG, direction of travel from the period measured before, and the trend over the last `periods` "
            + "periods of the KPI (months or quarters). A partner's user may read only their own partner's (404).")
    public DashboardViews.PartnerDashboard partner(
            @PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "the day the dashboard is read as of; default today")
            LocalDate asOf,
            @QueryParam("periods") @DefaultValue("6") @Min(value = 1, message = "must be between 1 and 24")
            @Max(value = 24, message = "must be between 1 and 24") @Parameter(description = "periods in the trend")
            int periods,
            @QueryParam("category") @Parameter(description = "only the KPIs of this category") KpiCategory category) {
        boolean foreign = caller.isPartnerUser() && !caller.partnerId().map(id::equals).orElse(false);
        KnownPartner partner = partners.findByIdOptional(id).filter(p -> !foreign)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", id));
        return dashboards.partner(partner, asOf == null ? LocalDate.now(clock) : asOf, periods, category);
    }

    @GET
    @Path("/portfolio")
    @Operation(summary = "The portfolio dashboard", description = "All partners side by side: a matrix of KPI by "
            + "partner with the current value, RAG and direction of travel, counts of red, amber and green, and the "
            + "worst movers (KPIs that got worse, RED first, then by the size of the change). Filter by partner type, "
            + "engagement model and KPI category. A partner's user sees only their own partner.")
    public DashboardViews.Portfolio portfolio(
            @QueryParam("asOf") @Parameter(description = "the day the dashboard is read as of; default today")
            LocalDate asOf,
            @QueryParam("type") @Parameter(description = "partner type: CRO, CDMO or BOTH") String type,
            @QueryParam("engagementModel") @Parameter(description = "TACTICAL, PREFERRED_PROVIDER or "
                    + "STRATEGIC_ALLIANCE") String engagementModel,
            @QueryParam("category") @Parameter(description = "only the KPIs of this category") KpiCategory category) {
        Optional<UUID> only = caller.isPartnerUser()
                ? Optional.of(caller.partnerId().orElse(new UUID(0, 0))) : Optional.empty();
        return dashboards.portfolio(asOf == null ? LocalDate.now(clock) : asOf, type, engagementModel, category, only);
    }
}
