package com.partnershipgovernance.kpi.dashboard.api;

import com.partnershipgovernance.kpi.dashboard.DashboardViews;
import com.partnershipgovernance.kpi.dashboard.Dashboards;
import com.partnershipgovernance.kpi.dashboard.GovernanceViews;
import com.partnershipgovernance.kpi.dashboard.api.DashboardParameters.AsOf;
import com.partnershipgovernance.kpi.dashboard.api.DashboardParameters.DueWithin;
import com.partnershipgovernance.kpi.dashboard.api.DashboardParameters.PartnerKind;
import com.partnershipgovernance.kpi.dashboard.api.DashboardParameters.Quarter;
import com.partnershipgovernance.kpi.dashboard.api.DashboardParameters.Trend;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
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

    private static final String ONE_CATEGORY = "only the KPIs of this category";

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
    public DashboardViews.PartnerDashboard partner(@PathParam("id") UUID id, @BeanParam AsOf asOf,
                                                   @BeanParam @Valid Trend trend, @QueryParam("category")
                                                   @Parameter(description = ONE_CATEGORY) KpiCategory category) {
        return dashboards.partner(visible(id), asOf.orToday(clock), trend.periods, category);
    }

    @GET
    @Path("/partners/{id}/csv")
    @Produces("text/csv")
    @Operation(summary = "A partner's KPI dashboard as CSV", description = "The same dashboard, one row per KPI; the "
            + "trend as period=value pairs separated by semicolons.")
    public RestResponse<String> partnerCsv(@PathParam("id") UUID id, @BeanParam AsOf asOf,
                                           @BeanParam @Valid Trend trend, @QueryParam("category")
                                           @Parameter(description = ONE_CATEGORY) KpiCategory category) {
        var dashboard = partner(id, asOf, trend, category);
        return csv(DashboardCsv.partner(dashboard), "kpi-dashboard-" + id + "-" + dashboard.asOf() + ".csv");
    }

    @GET
    @Path("/portfolio")
    @Operation(summary = "The portfolio dashboard", description = "All partners side by side: a matrix of KPI by "
            + "partner with the current value, RAG and direction of travel, counts of red, amber and green, and the "
            + "worst movers (KPIs that got worse, RED first, then by the size of the change). Filter by partner type, "
            + "engagement model and KPI category. A partner's user sees only their own partner.")
    public DashboardViews.Portfolio portfolio(@BeanParam AsOf asOf, @BeanParam PartnerKind kind,
                                              @QueryParam("category") @Parameter(description = ONE_CATEGORY)
                                              KpiCategory category) {
        return dashboards.portfolio(asOf.orToday(clock), kind.type, kind.engagementModel, category);
    }

    @GET
    @Path("/portfolio/csv")
    @Produces("text/csv")
    @Operation(summary = "The portfolio dashboard as CSV", description = "One row per partner and KPI, with the "
            + "same filters and scope as the portfolio dashboard.")
    public RestResponse<String> portfolioCsv(@BeanParam AsOf asOf, @BeanParam PartnerKind kind,
                                             @QueryParam("category") @Parameter(description = ONE_CATEGORY)
                                             KpiCategory category) {
        var portfolio = portfolio(asOf, kind, category);
        return csv(DashboardCsv.portfolio(portfolio), "kpi-portfolio-" + portfolio.asOf() + ".csv");
    }

    @GET
    @Path("/steering-committee")
    @Operation(summary = "The steering committee's quarterly view", description = "For a quarter (default the "
            + "current one): the portfolio and every partner's dashboard as of the quarter's last day, trends "
            + "spanning the last `quarters` quarters (months for monthly KPIs, quarters for quarterly ones). A "
            + "partner's user sees only their own partner.")
    public GovernanceViews.SteeringCommitteeView steeringCommittee(@BeanParam @Valid Quarter quarter,
                                                                   @BeanParam PartnerKind kind) {
        return views.steeringCommittee(quarter.orCurrent(clock), quarter.quarters, kind.type, kind.engagementModel);
    }

    @GET
    @Path("/steering-committee/csv")
    @Produces("text/csv")
    @Operation(summary = "The steering committee's quarterly view as CSV", description = "Every partner's "
            + "dashboard as of the quarter's last day, one row per partner and KPI; same parameters and scope.")
    public RestResponse<String> steeringCommitteeCsv(@BeanParam @Valid Quarter quarter, @BeanParam PartnerKind kind) {
        var view = steeringCommittee(quarter, kind);
        return csv(DashboardCsv.partners(view.partners()), "kpi-steering-committee-" + view.quarter() + ".csv");
    }

    @GET
    @Path("/operational")
    @Operation(summary = "The operational team's open items", description = "Day to day: every KPI reading RED or "
            + "AMBER now (RED first), and the actions of steering-committee reviews that are past due or fall due "
            + "within `dueWithinDays`. A partner's user sees only their own partner's KPIs and the actions of "
            + "reviews covering their partner.")
    public GovernanceViews.OperationalView operational(@BeanParam AsOf asOf, @BeanParam @Valid DueWithin due) {
        return views.operational(asOf.orToday(clock), due.dueWithinDays);
    }

    @GET
    @Path("/operational/csv")
    @Produces("text/csv")
    @Operation(summary = "The operational team's open items as CSV", description = "One row per open KPI, then "
            + "one per review action past or near due; same parameters and scope.")
    public RestResponse<String> operationalCsv(@BeanParam AsOf asOf, @BeanParam @Valid DueWithin due) {
        var view = operational(asOf, due);
        return csv(DashboardCsv.operational(view), "kpi-operational-" + view.asOf() + ".csv");
    }

    @GET
    @Path("/working-groups/{category}")
    @Operation(summary = "A functional working group's view", description = "The KPIs of one category "
            + "(PERFORMANCE, QUALITY, RESPONSIVENESS, COST): the portfolio and every partner's dashboard narrowed to "
            + "them. A partner's user sees only their own partner.")
    public GovernanceViews.WorkingGroupView workingGroup(@PathParam("category") String category, @BeanParam AsOf asOf,
                                                         @BeanParam @Valid Trend trend, @BeanParam PartnerKind kind) {
        KpiCategory kpiCategory = Arrays.stream(KpiCategory.values()).filter(c -> c.name().equals(category))
                .findFirst().orElseThrow(() -> new ValidationException("category",
                        "must be one of " + Arrays.toString(KpiCategory.values())));
        return views.workingGroup(kpiCategory, asOf.orToday(clock), trend.periods, kind.type, kind.engagementModel);
    }

    @GET
    @Path("/working-groups/{category}/csv")
    @Produces("text/csv")
    @Operation(summary = "A functional working group's view as CSV", description = "Every partner's dashboard "
            + "narrowed to the category, one row per partner and KPI; same parameters and scope.")
    public RestResponse<String> workingGroupCsv(@PathParam("category") String category, @BeanParam AsOf asOf,
                                                @BeanParam @Valid Trend trend, @BeanParam PartnerKind kind) {
        var view = workingGroup(category, asOf, trend, kind);
        return csv(DashboardCsv.partners(view.partners()),
                "kpi-working-group-" + view.category() + "-" + view.asOf() + ".csv");
    }

    /** The partner, if it exists and is in the caller's scope (a partner's user: only their own), else 404. */
    private KnownPartner visible(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    /** A CSV file, as an attachment named {@code fileName}. */
    private static RestResponse<String> csv(String body, String fileName) {
        return RestResponse.ResponseBuilder.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
