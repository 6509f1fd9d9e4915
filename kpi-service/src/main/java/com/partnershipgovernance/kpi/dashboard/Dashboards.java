package com.partnershipgovernance.kpi.dashboard;

import com.partnershipgovernance.kpi.dashboard.DashboardViews.Cell;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.KpiColumn;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.KpiTile;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.Mover;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerDashboard;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerRow;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerSummary;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.Portfolio;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.RagCounts;
import com.partnershipgovernance.kpi.dashboard.DashboardViews.TrendPoint;
import com.partnershipgovernance.kpi.dashboard.domain.Travel;
import com.partnershipgovernance.kpi.dashboard.domain.TrendWindow;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.kpi.measurement.domain.KpiOfPartner;
import com.partnershipgovernance.kpi.measurement.domain.MeasuredValue;
import com.partnershipgovernance.kpi.measurement.domain.Measurement;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.query.Criteria;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.kpi.status.domain.KpiStatus;
import com.partnershipgovernance.kpi.status.domain.KpiStatusRepository;
import com.partnershipgovernance.kpi.threshold.RagEvaluator;
import com.partnershipgovernance.kpi.threshold.ThresholdBook;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Builds the dashboards as of a day: for each KPI of a partner its current value (the latest measured
 * period that has begun by then), target and RAG, the direction of travel from the period measured
 * before, and the trend over the last periods; and the portfolio of all partners side by side.
 */
@ApplicationScoped
public class Dashboards {

    private static final int WORST_MOVERS = 10;

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    MeasurementRepository measurements;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    KpiStatusRepository statuses;

    @Inject
    RagEvaluator evaluator;

    /** The dashboard of one partner, over the last {@code periods} periods of each KPI. */
    @Transactional
    public PartnerDashboard partner(KnownPartner partner, LocalDate asOf, int periods, KpiCategory category) {
        return partner(partner, asOf, periodicity -> periods, category);
    }

    /**
     * The dashboard of one partner, with a trend of {@code periods.applyAsInt(periodicity)} periods for each
     * KPI (e.g. the same span of time for monthly and quarterly KPIs).
     */
    @Transactional
    public PartnerDashboard partner(KnownPartner partner, LocalDate asOf, ToIntFunction<Periodicity> periods,
                                    KpiCategory category) {
        Map<String, List<Measurement>> byKpi = measurementsUpTo(partner.id(), asOf)
                .getOrDefault(partner.id(), Map.of());
        List<KpiDefinition> kpis = kpis(category);
        ThresholdBook book = evaluator.bookFor(codes(kpis), List.of(partner.id()));
        List<KpiTile> tiles = kpis.stream()
                .map(kpi -> tile(kpi, partner.id(), asOf, periods.applyAsInt(kpi.periodicity()),
                        byKpi.getOrDefault(kpi.code(), List.of()), book))
                .toList();
        return new PartnerDashboard(summary(partner), asOf, RagCounts.of(tiles.stream().map(KpiTile::rag).toList()),
                tiles);
    }

    /** All partners (of a type and engagement model, if given) side by side, with the worst movers. */
    @Transactional
    public Portfolio portfolio(LocalDate asOf, String type, String engagementModel, KpiCategory category) {
        List<KnownPartner> selected = partners(type, engagementModel);
        List<KpiDefinition> kpis = kpis(category);
        List<UUID> partnerIds = selected.stream().map(KnownPartner::id).toList();
        Map<UUID, Map<String, List<MeasuredValue>>> byPartner = lastTwoUpTo(partnerIds, codes(kpis), asOf).stream()
                .collect(Collectors.groupingBy(MeasuredValue::partnerId, Collectors.groupingBy(MeasuredValue::kpiCode)));
        ThresholdBook book = evaluator.bookFor(codes(kpis), partnerIds);
        List<PartnerRow> rows = new ArrayList<>();
        List<Mover> movers = new ArrayList<>();
        for (KnownPartner partner : selected) {
            Map<String, List<MeasuredValue>> byKpi = byPartner.getOrDefault(partner.id(), Map.of());
            List<Cell> cells = new ArrayList<>();
            for (KpiDefinition kpi : kpis) {
                List<MeasuredValue> series = byKpi.getOrDefault(kpi.code(), List.of());
                MeasuredValue current = nthLast(series, 1);
                MeasuredValue previous = nthLast(series, 2);
                Rag rag = current == null ? null : book.evaluate(kpi, partner.id(), current.period(), current.value())
                        .map(RagEvaluator.Evaluation::rag).orElse(null);
                Travel travel = Travel.of(kpi.direction(), previous == null ? null : previous.value(),
                        current == null ? null : current.value());
                cells.add(new Cell(kpi.code(), current == null ? null : current.period().toString(),
                        current == null ? null : current.value(), rag, travel));
                if (travel == Travel.WORSENING) {
                    movers.add(new Mover(partner.id(), partner.legalName(), kpi.code(), previous.period().toString(),
                            previous.value(), current.period().toString(), current.value(), rag,
                            changePercent(previous.value(), current.value())));
                }
            }
            rows.add(new PartnerRow(summary(partner), RagCounts.of(cells.stream().map(Cell::rag).toList()), cells));
        }
        List<KpiColumn> columns = kpis.stream()
                .map(k -> new KpiColumn(k.code(), k.name(), k.category(), k.unit(), k.direction())).toList();
        return new Portfolio(asOf, columns, RagCounts.of(rows.stream().flatMap(r -> r.cells().stream())
                .map(Cell::rag).toList()), rows, worst(movers, WORST_MOVERS));
    }

    /**
     * The current and the previous measurement of each KPI of each partner as of the day, oldest first: all a
     * portfolio cell shows. They come from the KPI statuses, which keep the latest two; only a KPI measured for a
     * period after the day is read from its history.
     */
    private List<MeasuredValue> lastTwoUpTo(List<UUID> partnerIds, List<String> kpiCodes, LocalDate asOf) {
        if (partnerIds.isEmpty() || kpiCodes.isEmpty()) {
            return List.of();
        }
        List<MeasuredValue> values = new ArrayList<>();
        List<KpiOfPartner> measuredLater = new ArrayList<>();
        for (KpiStatusRepository.PartnerKpiValues status : statuses.latestValues(partnerIds, kpiCodes)) {
            KpiStatus.LatestValues latest = status.latest();
            if (latest.period().start().isAfter(asOf)) {
                measuredLater.add(new KpiOfPartner(status.partnerId(), status.kpiCode()));
            } else {
                if (latest.previousPeriod() != null) {
                    values.add(new MeasuredValue(status.partnerId(), status.kpiCode(), latest.previousPeriod(),
                            latest.previousValue()));
                }
                values.add(new MeasuredValue(status.partnerId(), status.kpiCode(), latest.period(), latest.value()));
            }
        }
        if (!measuredLater.isEmpty()) {
            values.addAll(measurements.lastTwoUpTo(measuredLater, asOf));
        }
        return values;
    }

    /**
     * The {@code n} worst movers, RED first, then by the size of the change, ties in portfolio order: a heap of
     * {@code n} instead of sorting the thousand-odd movers of a large portfolio.
     */
    static List<Mover> worst(List<Mover> movers, int n) {
        if (n <= 0) {
            return List.of();
        }
        // each mover's keys computed once, not in every comparison
        int[] rank = new int[movers.size()];
        BigDecimal[] change = new BigDecimal[movers.size()];
        for (int i = 0; i < movers.size(); i++) {
            Mover m = movers.get(i);
            rank[i] = m.rag() == null ? -1 : m.rag().ordinal();
            change[i] = m.changePercent() == null ? BigDecimal.ZERO : m.changePercent().abs();
        }
        Comparator<Integer> worstFirst = (a, b) -> {
            int byRag = Integer.compare(rank[b], rank[a]);
            if (byRag != 0) {
                return byRag;
            }
            int byChange = change[b].compareTo(change[a]);
            return byChange != 0 ? byChange : Integer.compare(a, b);
        };
        // the least bad of the kept at the head: a mover not worse than it cannot enter
        PriorityQueue<Integer> kept = new PriorityQueue<>(n + 1, worstFirst.reversed());
        for (int i = 0; i < movers.size(); i++) {
            if (kept.size() < n) {
                kept.add(i);
            } else if (worstFirst.compare(i, kept.peek()) < 0) {
                kept.poll();
                kept.add(i);
            }
        }
        return kept.stream().sorted(worstFirst).map(movers::get).toList();
    }

    private KpiTile tile(KpiDefinition kpi, UUID partner, LocalDate asOf, int periods, List<Measurement> series,
                         ThresholdBook book) {
        Measurement current = nthLast(series, 1);
        Optional<RagEvaluator.Evaluation> evaluation = current == null ? Optional.empty()
                : book.evaluate(kpi, partner, current.period(), current.value());
        BigDecimal target = evaluation.map(RagEvaluator.Evaluation::target).orElseGet(() ->
                book.applicable(kpi.code(), partner, asOf).map(t -> t.limits().target()).orElse(null));
        Map<String, Measurement> byPeriod = series.stream()
                .collect(Collectors.toMap(m -> m.period().toString(), Function.identity()));
        List<TrendPoint> trend = TrendWindow.last(periods, asOf, kpi.periodicity()).stream().map(period -> {
            Measurement m = byPeriod.get(period.toString());
            return new TrendPoint(period.toString(), value(m), rag(kpi, partner, m, book));
        }).toList();
        return new KpiTile(kpi.code(), kpi.name(), kpi.category(), kpi.unit(), kpi.direction(), kpi.periodicity(),
                current == null ? null : current.period().toString(), value(current), target,
                evaluation.map(RagEvaluator.Evaluation::rag).orElse(null),
                Travel.of(kpi.direction(), value(nthLast(series, 2)), value(current)), trend);
    }

    private static Rag rag(KpiDefinition kpi, UUID partner, Measurement m, ThresholdBook book) {
        return m == null ? null : book.evaluate(kpi, partner, m.period(), m.value())
                .map(RagEvaluator.Evaluation::rag).orElse(null);
    }

    private static List<String> codes(List<KpiDefinition> kpis) {
        return kpis.stream().map(KpiDefinition::code).toList();
    }

    private List<KpiDefinition> kpis(KpiCategory category) {
        return category == null ? definitions.list("order by category, code")
                : definitions.list("category = ?1 order by code", category);
    }

    private List<KnownPartner> partners(String type, String engagementModel) {
        Criteria where = Criteria.of().and("type = :type", "type", type)
                .and("engagementModel = :model", "model", engagementModel);
        return partners.list(where.condition() + " order by legalName nulls last, id", where.parameters());
    }

    /** The measurements of the partner in periods begun by {@code asOf}, per partner and KPI, oldest first. */
    private Map<UUID, Map<String, List<Measurement>>> measurementsUpTo(UUID partnerId, LocalDate asOf) {
        return group(measurements.list("partnerId = ?1 and periodStart <= ?2 order by periodStart", partnerId, asOf));
    }

    /** Per partner and KPI, in the order given. */
    private static Map<UUID, Map<String, List<Measurement>>> group(List<Measurement> ordered) {
        return ordered.stream().collect(Collectors.groupingBy(Measurement::partnerId,
                Collectors.groupingBy(Measurement::kpiCode)));
    }

    private static <T> T nthLast(List<T> series, int n) {
        return series.size() >= n ? series.get(series.size() - n) : null;
    }

    private static BigDecimal value(Measurement m) {
        return m == null ? null : m.value();
    }

    private static BigDecimal changePercent(BigDecimal previous, BigDecimal current) {
        return previous.signum() == 0 ? null : current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 2, RoundingMode.HALF_UP);
    }

    private static PartnerSummary summary(KnownPartner p) {
        return new PartnerSummary(p.id(), p.legalName(), p.type(), p.engagementModel(), p.qualificationStatus());
    }
}
