package com.partnershipgovernance.kpi.dashboard;

import com.partnershipgovernance.kpi.dashboard.domain.Travel;
import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the dashboards answer. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** A partner as kpi-service knows it. */
    @Schema(name = "DashboardPartner")
    public record PartnerSummary(UUID id, @Schema(example = "Acme Biologics GmbH") String legalName,
                                 @Schema(example = "CDMO") String type,
                                 @Schema(example = "STRATEGIC_ALLIANCE") String engagementModel,
                                 @Schema(example = "QUALIFIED") String qualificationStatus) {
    }

    /** How many KPIs read red, amber and green, and how many have no RAG (no value or no thresholds). */
    @Schema(name = "RagCounts")
    public record RagCounts(@Schema(example = "1") long red, @Schema(example = "2") long amber,
                            @Schema(example = "4") long green, @Schema(example = "1") long none) {

        static RagCounts of(List<Rag> rags) {
            return new RagCounts(rags.stream().filter(r -> r == Rag.RED).count(),
                    rags.stream().filter(r -> r == Rag.AMBER).count(),
                    rags.stream().filter(r -> r == Rag.GREEN).count(),
                    rags.stream().filter(r -> r == null).count());
        }
    }

    /** One period of a trend; value and rag are null when the period was not measured. */
    @Schema(name = "TrendPoint")
    public record TrendPoint(@Schema(example = "2026-07") String period, @Schema(example = "66.67") BigDecimal value,
                             @Schema(example = "RED") Rag rag) {
    }

    /** One KPI on a partner's dashboard. */
    @Schema(name = "KpiTile")
    public record KpiTile(@Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                          @Schema(example = "On-time milestone rate") String name,
                          @Schema(example = "PERFORMANCE") KpiCategory category,
                          @Schema(example = "%") String unit,
                          @Schema(example = "HIGHER_IS_BETTER") Direction direction,
                          @Schema(example = "MONTHLY") Periodicity periodicity,
                          @Schema(description = "the latest measured period up to asOf", example = "2026-07")
                          String currentPeriod,
                          @Schema(example = "66.67") BigDecimal currentValue,
                          @Schema(example = "95") BigDecimal target,
                          @Schema(example = "RED") Rag rag,
                          @Schema(example = "WORSENING") Travel travel,
                          List<TrendPoint> trend) {
    }

    /** A partner's dashboard: every KPI (or those of one category). */
    @Schema(name = "PartnerDashboard")
    public record PartnerDashboard(PartnerSummary partner, @Schema(example = "2026-11-27") LocalDate asOf,
                                   RagCounts ragCounts, List<KpiTile> kpis) {
    }

    /** A KPI as a column of the portfolio matrix. */
    @Schema(name = "PortfolioKpi")
    public record KpiColumn(@Schema(example = "ON_TIME_MILESTONE_RATE") String code,
                            @Schema(example = "On-time milestone rate") String name, KpiCategory category,
                            @Schema(example = "%") String unit, Direction direction) {
    }

    /** One partner's current value of one KPI in the portfolio matrix. */
    @Schema(name = "PortfolioCell")
    public record Cell(@Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                       @Schema(example = "2026-07") String period, @Schema(example = "66.67") BigDecimal value,
                       @Schema(example = "RED") Rag rag, @Schema(example = "WORSENING") Travel travel) {
    }

    /** One partner's row of the portfolio matrix. */
    @Schema(name = "PortfolioRow")
    public record PartnerRow(PartnerSummary partner, RagCounts ragCounts, List<Cell> cells) {
    }

    /** A KPI of a partner that got worse between its two latest measured periods. */
    @Schema(name = "WorstMover")
    public record Mover(UUID partnerId, String legalName, @Schema(example = "ON_TIME_MILESTONE_RATE") String kpiCode,
                        @Schema(example = "2026-06") String previousPeriod, BigDecimal previousValue,
                        @Schema(example = "2026-07") String period, BigDecimal value, Rag rag,
                        @Schema(description = "the change in percent of the previous value (null from zero)",
                                example = "-33.33") BigDecimal changePercent) {
    }

    /** All partners side by side. */
    @Schema(name = "PortfolioDashboard")
    public record Portfolio(@Schema(example = "2026-11-27") LocalDate asOf, List<KpiColumn> kpis, RagCounts ragCounts,
                            List<PartnerRow> partners, List<Mover> worstMovers) {
    }
}
