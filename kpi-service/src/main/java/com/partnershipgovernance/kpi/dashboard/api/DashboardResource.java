package com.partnershipgovernance.kpi.dashboard.api;

import com.partnershipgovernance.kpi.dashboard.DashboardViews;
import com.partnershipgovernance.kpi.dashboard.Dashboards;
import com.partnershipgovernance.kpi.dashboard.GovernanceViews;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
    Clock clock;

    @Inject
    GovernanceViews views;

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
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
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
        return dashboards.portfolio(asOf == null ? LocalDate.now(clock) : asOf, type, engagementModel, category);
    }

    @GET
    @Path("/portfolio/csv")
    @Produces("text/csv")
    @Operation(summary = "The portfolio dashboard as CSV", description = "One row per partner and KPI, with the "
            + "same filters and scope as the portfolio dashboard.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
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

    @GET
    @Path("/steering-committee")
    @Operation(summary = "The steering committee's quarterly view", description = "For a quarter (default the "
            + "current one): the portfolio and every partner's dashboard as of the quarter's last day, trends "
            + "spanning the last `quarters` quarters (months for monthly KPIs, quarters for quarterly ones). A "
            + "partner's user sees only their own partner.")
    public GovernanceViews.SteeringCommitteeView steeringCommittee(
            @QueryParam("quarter") @Parameter(description = "YYYY-Qn; default the current quarter") String quarter,
            @QueryParam("quarters") @DefaultValue("4") @Min(value = 1, message = "must be between 1 and 8")
            @Max(value = 8, message = "must be between 1 and 8") @Parameter(description = "quarters in the trends")
            int quarters,
            @QueryParam("type") @Parameter(description = "partner type: CRO, CDMO or BOTH") String type,
            @QueryParam("engagementModel") @Parameter(description = "TACTICAL, PREFERRED_PROVIDER or "
                    + "STRATEGIC_ALLIANCE") String engagementModel) {
        Period period = quarter == null ? Period.containing(LocalDate.now(clock), Periodicity.QUARTERLY)
                : Period.parse(quarter).filter(p -> p.periodicity() == Periodicity.QUARTERLY)
                .orElseThrow(() -> new ValidationException("quarter", "must be a quarter written YYYY-Qn"));
        return views.steeringCommittee(period, quarters, type, engagementModel);
    }

    @GET
    @Path("/operational")
    @Operation(summary = "The operational team's open items", description = "Day to day: every KPI reading RED or "
            + "AMBER now (RED first), and the actions of steering-committee reviews that are past due or fall due "
            + "within `dueWithinDays`. A partner's user sees only their own partner's KPIs and the actions of "
            + "reviews covering their partner.")
    public GovernanceViews.OperationalView operational(
            @QueryParam("asOf") @Parameter(description = "the day the items are read as of; default today")
            LocalDate asOf,
            @QueryParam("dueWithinDays") @DefaultValue("14") @Min(value = 0, message = "must be between 0 and 365")
            @Max(value = 365, message = "must be between 0 and 365")
            @Parameter(description = "actions due within this many days count as open items") int dueWithinDays) {
        return views.operational(asOf == null ? LocalDate.now(clock) : asOf, dueWithinDays);
    }

    @GET
    @Path("/working-groups/{category}")
    @Operation(summary = "A functional working group's view", description = "The KPIs of one category "
            + "(PERFORMANCE, QUALITY, RESPONSIVENESS, COST): the portfolio and every partner's dashboard narrowed to "
            + "them. A partner's user sees only their own partner.")
    public GovernanceViews.WorkingGroupView workingGroup(
            @PathParam("category") String category,
            @QueryParam("asOf") @Parameter(description = "the day the view is read as of; default today")
            LocalDate asOf,
            @QueryParam("periods") @DefaultValue("6") @Min(value = 1, message = "must be between 1 and 24")
            @Max(value = 24, message = "must be between 1 and 24") @Parameter(description = "periods in the trend")
            int periods,
            @QueryParam("type") @Parameter(description = "partner type: CRO, CDMO or BOTH") String type,
            @QueryParam("engagementModel") @Parameter(description = "TACTICAL, PREFERRED_PROVIDER or "
                    + "STRATEGIC_ALLIANCE") String engagementModel) {
        KpiCategory kpiCategory = Arrays.stream(KpiCategory.values()).filter(c -> c.name().equals(category))
                .findFirst().orElseThrow(() -> new ValidationException("category",
                        "must be one of " + Arrays.toString(KpiCategory.values())));
        return views.workingGroup(kpiCategory, asOf == null ? LocalDate.now(clock) : asOf, periods, type,
                engagementModel);
    }

    @GET
    @Path("/steering-committee/csv")
    @Produces("text/csv")
    @Operation(summary = "The steering committee's quarterly view as CSV", description = "Every partner's "
            + "dashboard as of the quarter's last day, one row per partner and KPI; same parameters and scope.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response steeringCommitteeCsv(@QueryParam("quarter") String quarter,
                                         @QueryParam("quarters") @DefaultValue("4")
                                         @Min(value = 1, message = "must be between 1 and 8")
                                         @Max(value = 8, message = "must be between 1 and 8") int quarters,
                                         @QueryParam("type") String type,
                                         @QueryParam("engagementModel") String engagementModel) {
        var view = steeringCommittee(quarter, quarters, type, engagementModel);
        return csv(DashboardCsv.partners(view.partners()), "kpi-steering-committee-" + view.quarter() + ".csv");
    }

    @GET
    @Path("/operational/csv")
    @Produces("text/csv")
    @Operation(summary = "The operational team's open items as CSV", description = "One row per open KPI, then "
            + "one per review action past or near due; same parameters and scope.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response operationalCsv(@QueryParam("asOf") LocalDate asOf,
                                   @QueryParam("dueWithinDays") @DefaultValue("14")
                                   @Min(value = 0, message = "must be between 0 and 365")
                                   @Max(value = 365, message = "must be between 0 and 365") int dueWithinDays) {
        var view = operational(asOf, dueWithinDays);
        return csv(DashboardCsv.operational(view), "kpi-operational-" + view.asOf() + ".csv");
    }

    @GET
    @Path("/working-groups/{category}/csv")
    @Produces("text/csv")
    @Operation(summary = "A functional working group's view as CSV", description = "Every partner's dashboard "
            + "narrowed to the category, one row per partner and KPI; same parameters and scope.")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response workingGroupCsv(@PathParam("category") String category, @QueryParam("asOf") LocalDate asOf,
                                    @QueryParam("periods") @DefaultValue("6")
                                    @Min(value = 1, message = "must be between 1 and 24")
                                    @Max(value = 24, message = "must be between 1 and 24") int periods,
                                    @QueryParam("type") String type,
                                    @QueryParam("engagementModel") String engagementModel) {
        var view = workingGroup(category, asOf, periods, type, engagementModel);
        return csv(DashboardCsv.partners(view.partners()),
                "kpi-working-group-" + view.category() + "-" + view.asOf() + ".csv");
    }

    /** The partner, if it exists and is in the caller's scope (a partner's user: only their own), else 404. */
    private KnownPartner visible(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
