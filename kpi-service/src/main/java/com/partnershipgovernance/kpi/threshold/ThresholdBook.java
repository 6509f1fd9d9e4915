package com.partnershipgovernance.kpi.threshold;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The thresholds of some KPIs for some partners and the portfolio defaults, read in one query, so a dashboard
 * reads hundreds of values against them without a query each. Same rule as {@link RagEvaluator}: the partner's
 * own thresholds in force on the last day of the value's period, else the portfolio default.
 */
public final class ThresholdBook {

    /** Portfolio defaults per KPI, and each partner's own per KPI and partner; each list oldest first. */
    private final Map<String, List<RagThreshold>> defaults = new HashMap<>();
    private final Map<String, Map<UUID, List<RagThreshold>>> own = new HashMap<>();

    ThresholdBook(List<RagThreshold> thresholds) {
        // keyed by the code and the partner's id themselves: no key object to build and hash for each of the
        // thousands of lookups of a portfolio
        for (RagThreshold t : thresholds) {
            List<RagThreshold> scope = t.partnerId() == null
                    ? defaults.computeIfAbsent(t.kpiCode(), code -> new ArrayList<>())
                    : own.computeIfAbsent(t.kpiCode(), code -> new HashMap<>())
                            .computeIfAbsent(t.partnerId(), partner -> new ArrayList<>());
            scope.add(t);
        }
    }

    /** The thresholds that apply to {@code partnerId}'s value of {@code kpiCode} on {@code day}. */
    public Optional<RagThreshold> applicable(String kpiCode, UUID partnerId, LocalDate day) {
        Map<UUID, List<RagThreshold>> partnersOwn = own.get(kpiCode);
        RagThreshold partners = partnersOwn == null || partnerId == null ? null
                : inForce(partnersOwn.get(partnerId), day);
        return Optional.ofNullable(partners != null ? partners : inForce(defaults.get(kpiCode), day));
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
    private static RagThreshold inForce(List<RagThreshold> scope, LocalDate day) {
        if (scope == null) {
            return null;
        }
        for (RagThreshold t : scope) {
            if (t.appliesOn(day)) {
                return t;
            }
        }
        return null;
    }
}
