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
import jakarta.ws.rs.core.Response;
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
        return dashboards.partner(visible(id), asOf == null ? LocalDate.now(clock) : asOf, periods, category);
    }

    @GET
    @Path("/partners/{id}/csv")
    @Produces("text/csv")
    @Operation(summary = "A partner's KPI dashboard as CSV", description = "The same dashboard, one row per KPI; the "
            + "trend as period=value pairs separated by semicolons.")
    public Response partnerCsv(
            @PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "the day the dashboard is read as of; default today")
            LocalDate asOf,
            @QueryParam("periods") @DefaultValue("6") @Min(value = 1, message = "must be between 1 and 24")
            @Max(value = 24, message = "must be between 1 and 24") @Parameter(description = "periods in the trend")
            int periods,
            @QueryParam("category") @Parameter(description = "only the KPIs of this category") KpiCategory category) {
        var dashboard = dashboards.partner(visible(id), asOf == null ? LocalDate.now(clock) : asOf, periods, category);
        return csv(DashboardCsv.partner(dashboard), "kpi-dashboard-" + id + "-" + dashboard.asOf() + ".csv");
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

    @GET
    @Path("/portfolio/csv")
    @Produces("text/csv")
    @Operation(summary = "The portfolio dashboard as CSV", description = "One row per partner and KPI, with the "
            + "same filters and scope as the portfolio dashboard.")
    public Response portfolioCsv(
            @QueryParam("asOf") @Parameter(description = "the day the dashboard is read as of; default today")
            LocalDate asOf,
            @QueryParam("type") @Parameter(description = "partner type: CRO, CDMO or BOTH") String type,
            @QueryParam("engagementModel") @Parameter(description = "TACTICAL, PREFERRED_PROVIDER or "
                    + "STRATEGIC_ALLIANCE") String engagementModel,
            @QueryParam("category") @Parameter(description = "only the KPIs of this category") KpiCategory category) {
        var portfolio = portfolio(asOf, type, engagementModel, category);
        return csv(DashboardCsv.portfolio(portfolio), "kpi-portfolio-" + portfolio.asOf() + ".csv");
    }

    /** The partner, if it exists and the caller may see it (a partner's user: only their own). */
    private KnownPartner visible(UUID id) {
        boolean foreign = caller.isPartnerUser() && !caller.partnerId().map(id::equals).orElse(false);
        return partners.findByIdOptional(id).filter(p -> !foreign)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
