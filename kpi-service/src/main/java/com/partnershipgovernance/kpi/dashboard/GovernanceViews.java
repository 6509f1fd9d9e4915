package com.partnershipgovernance.kpi.dashboard;

import com.partnershipgovernance.kpi.dashboard.DashboardViews.Cell;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerDashboard;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerRow;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.Portfolio;
import com.partnershipgovernance.kpi.dashboard.domain.Travel;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.kpi.review.SteeringCommitteeReviews;
import com.partnershipgovernance.kpi.review.domain.ReviewAction;
import com.partnershipgovernance.kpi.review.domain.ReviewContent;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReview;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The views of the three governance levels, built from the partner and portfolio dashboards: the
 * steering committee's quarter, the operational team's open items, a functional working group's category.
 */
@ApplicationScoped
public class GovernanceViews {

    @Inject
    Dashboards dashboards;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    SteeringCommitteeReviews reviews;

    /** The steering committee's quarter: portfolio and per-partner dashboards as of the quarter's last day. */
    @Schema(name = "SteeringCommitteeView")
    public record SteeringCommitteeView(@Schema(example = "2026-Q3") String quarter,
                                        @Schema(example = "2026-09-30") LocalDate asOf,
                                        @Schema(example = "4", description = "quarters the trends span")
                                        int quarters,
                                        Portfolio portfolio, List<PartnerDashboard> partners) {
    }

    /** A KPI of a partner that reads RED or AMBER now. */
    @Schema(name = "OpenKpi")
    public record OpenKpi(UUID partnerId, @Schema(example = "Acme Biologics GmbH") String legalName,
                          @Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                          @Schema(example = "2026-07") String period, @Schema(example = "66.67") BigDecimal value,
                          @Schema(example = "RED") Rag rag, @Schema(example = "WORSENING") Travel travel) {
    }

    /** An action of a steering-committee review that is past due or falls due soon. */
    @Schema(name = "OpenReviewAction")
    public record OpenAction(UUID reviewId, @Schema(example = "2026-10-15") LocalDate reviewHeldOn,
                             List<UUID> partnerIds, @Schema(example = "Recovery plan for milestone slips")
                             String description, @Schema(example = "Pat Partner") String owner,
                             @Schema(example = "2026-11-15") LocalDate dueOn,
                             @Schema(description = "due before asOf") boolean overdue) {
    }

    /** The operational team's open items: KPIs RED or AMBER now, and review actions past or near due. */
    @Schema(name = "OperationalView")
    public record OperationalView(@Schema(example = "2026-11-27") LocalDate asOf,
                                  @Schema(example = "14") int dueWithinDays,
                                  @Schema(description = "RED first, then by partner and KPI") List<OpenKpi> kpis,
                                  @Schema(description = "earliest due first") List<OpenAction> actions) {
    }

    /** A functional working group's view: the KPIs of its category, across the portfolio and per partner. */
    @Schema(name = "WorkingGroupView")
    public record WorkingGroupView(@Schema(example = "QUALITY") KpiCategory category,
                                   @Schema(example = "2026-11-27") LocalDate asOf, Portfolio portfolio,
                                   List<PartnerDashboard> partners) {
    }

    /**
     * The steering committee's view of {@code quarter}: as of its last day, trends spanning the last
     * {@code quarters} quarters (3 months per quarter for monthly KPIs, one period for quarterly ones).
     */
    @Transactional
    public SteeringCommitteeView steeringCommittee(Period quarter, int quarters, String type, String engagementModel) {
        LocalDate asOf = quarter.end();
        Portfolio portfolio = dashboards.portfolio(asOf, type, engagementModel, null);
        List<PartnerDashboard> perPartner = portfolio.partners().stream()
                .map(row -> dashboards.partner(partners.findById(row.partner().id()), asOf,
                        periodicity -> trendPeriods(periodicity, quarters), null))
                .toList();
        return new SteeringCommitteeView(quarter.toString(), asOf, quarters, portfolio, perPartner);
    }

    /** Periods of {@code periodicity} that span {@code quarters} quarters. */
    static int trendPeriods(Periodicity periodicity, int quarters) {
        return periodicity == Periodicity.MONTHLY ? quarters * 3 : quarters;
    }

    /**
     * The operational team's open items as of {@code asOf}: every KPI reading RED or AMBER now, and the actions
     * of steering-committee reviews held by then that are due by {@code asOf + dueWithinDays}.
     */
    @Transactional
    public OperationalView operational(LocalDate asOf, int dueWithinDays) {
        Portfolio portfolio = dashboards.portfolio(asOf, null, null, null);
        List<OpenKpi> kpis = new ArrayList<>();
        for (PartnerRow row : portfolio.partners()) {
            for (Cell cell : row.cells()) {
                if (cell.rag() == Rag.RED || cell.rag() == Rag.AMBER) {
                    kpis.add(new OpenKpi(row.partner().id(), row.partner().legalName(), cell.kpiCode(),
                            cell.period(), cell.value(), cell.rag(), cell.travel()));
                }
            }
        }
        kpis.sort(Comparator.comparing((OpenKpi k) -> k.rag() == Rag.RED ? 0 : 1)
                .thenComparing(k -> k.legalName() == null ? "" : k.legalName())
                .thenComparing(OpenKpi::partnerId).thenComparing(OpenKpi::kpiCode));
        List<SteeringCommitteeReview> held = reviews.readable(null, Sort.by("heldOn")).list();
        Set<String> completed = reviews.completionsOf(held.stream().map(SteeringCommitteeReview::id).toList())
                .stream().map(c -> c.reviewId() + "/" + c.actionIndex()).collect(Collectors.toSet());
        return new OperationalView(asOf, dueWithinDays, kpis, openActions(held, completed, asOf, dueWithinDays));
    }

    /**
     * The actions of the reviews held by {@code asOf}, not completed ({@code completed} holds
     * {@code reviewId/index}), that fall due by {@code asOf + dueWithinDays}.
     */
    static List<OpenAction> openActions(List<SteeringCommitteeReview> held, Set<String> completed, LocalDate asOf,
                                        int dueWithinDays) {
        LocalDate horizon = asOf.plusDays(dueWithinDays);
        List<OpenAction> actions = new ArrayList<>();
        for (SteeringCommitteeReview review : held) {
            ReviewContent content = review.content();
            if (content.heldOn().isAfter(asOf)) {
                continue;
            }
            for (int i = 0; i < content.actions().size(); i++) {
                ReviewAction action = content.actions().get(i);
                if (!action.dueOn().isAfter(horizon) && !completed.contains(review.id() + "/" + i)) {
                    actions.add(new OpenAction(review.id(), content.heldOn(), content.partnerIds(),
                            action.description(), action.owner(), action.dueOn(), action.dueOn().isBefore(asOf)));
                }
            }
        }
        actions.sort(Comparator.comparing(OpenAction::dueOn).thenComparing(OpenAction::reviewHeldOn));
        return actions;
    }

    /** A working group's view of {@code category} as of {@code asOf}, trends over {@code periods} periods. */
    @Transactional
    public WorkingGroupView workingGroup(KpiCategory category, LocalDate asOf, int periods, String type,
                                         String engagementModel) {
        Portfolio portfolio = dashboards.portfolio(asOf, type, engagementModel, category);
        List<PartnerDashboard> perPartner = portfolio.partners().stream()
                .map(row -> dashboards.partner(partners.findById(row.partner().id()), asOf, periods, category))
                .toList();
        return new WorkingGroupView(category, asOf, portfolio, perPartner);
    }
}
