package com.partnershipgovernance.kpi.threshold;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The thresholds of some KPIs for some partners and the portfolio defaults, read in one query, so a dashboard
 * reads hundreds of values against them without a query each. Same rule as {@link RagEvaluator}: the partner's
 * own thresholds in force on the last day of the value's period, else the portfolio default.
 */
public final class ThresholdBook {

    private record Scope(String kpiCode, UUID partnerId) {
    }

    private final Map<Scope, List<RagThreshold>> byScope;

    ThresholdBook(List<RagThreshold> thresholds) {
        this.byScope = thresholds.stream().collect(Collectors.groupingBy(t -> new Scope(t.kpiCode(), t.partnerId())));
    }

    /** The thresholds that apply to {@code partnerId}'s value of {@code kpiCode} on {@code day}. */
    public Optional<RagThreshold> applicable(String kpiCode, UUID partnerId, LocalDate day) {
        RagThreshold own = inForce(new Scope(kpiCode, partnerId), day);
        return Optional.ofNullable(own != null ? own : inForce(new Scope(kpiCode, null), day));
    }

    /** {@code value} of {@code period} read against the thresholds in force at the period's end. */
    public Optional<RagEvaluator.Evaluation> evaluate(KpiDefinition kpi, UUID partnerId, Period period,
                                                      BigDecimal value) {
        return applicable(kpi.code(), partnerId, period.end()).map(t -> {
            RagLimits limits = t.limits();
            return new RagEvaluator.Evaluation(limits.ragOf(value, kpi.direction()), limits.target());
        });
    }

    /** A loop, not a stream: a portfolio asks thousands of times per request. */
    private RagThreshold inForce(Scope scope, LocalDate day) {
        for (RagThreshold t : byScope.getOrDefault(scope, List.of())) {
            if (t.appliesOn(day)) {
                return t;
            }
        }
        return null;
    }
}
