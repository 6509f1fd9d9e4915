package com.partnershipgovernance.kpi.threshold;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThresholdRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a value against the thresholds in force on the last day of its period: the partner's own,
 * else the portfolio default. Without thresholds a value has no RAG.
 */
@ApplicationScoped
public class RagEvaluator {

    @Inject
    RagThresholdRepository thresholds;

    /** A value read against its thresholds. */
    public record Evaluation(Rag rag, BigDecimal target) {
    }

    /** The thresholds of {@code kpiCodes} for {@code partnerIds} and the portfolio defaults, in one query. */
    public ThresholdBook bookFor(Collection<String> kpiCodes, Collection<UUID> partnerIds) {
        return new ThresholdBook(kpiCodes.isEmpty() ? List.of() : thresholds.ofKpisFor(kpiCodes, partnerIds));
    }

    public Optional<Evaluation> evaluate(KpiDefinition kpi, UUID partnerId, Period period, BigDecimal value) {
        return thresholds.applicable(kpi.code(), partnerId, period.end()).map(t -> {
            RagLimits limits = t.limits();
            return new Evaluation(limits.ragOf(value, kpi.direction()), limits.target());
        });
    }
}
