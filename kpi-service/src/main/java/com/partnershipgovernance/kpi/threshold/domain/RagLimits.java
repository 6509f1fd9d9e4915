package com.partnershipgovernance.kpi.threshold.domain;

import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A KPI's target and the two thresholds that split its values into green, amber and red.
 * Where higher is better a value is GREEN at or above {@code greenThreshold}, RED below
 * {@code redThreshold} and AMBER between; where lower is better it is GREEN at or below
 * {@code greenThreshold}, RED above {@code redThreshold} and AMBER between. The target is the goal
 * itself, so it must read green.
 */
public record RagLimits(BigDecimal target, BigDecimal greenThreshold, BigDecimal redThreshold) {

    public RagLimits {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(greenThreshold, "greenThreshold");
        Objects.requireNonNull(redThreshold, "redThreshold");
    }

    /**
     * Checks that the thresholds are in the order of the KPI's direction.
     *
     * @throws BusinessRuleException naming {@code redThreshold} when red lies on the green side, or
     *                               {@code target} when the target would not read green
     */
    public RagLimits requireOrderFor(Direction direction) {
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (higher ? redThreshold.compareTo(greenThreshold) > 0 : redThreshold.compareTo(greenThreshold) < 0) {
            throw BusinessRuleException.onField("redThreshold", higher
                    ? "must not be above greenThreshold: higher values of this KPI are better"
                    : "must not be below greenThreshold: lower values of this KPI are better");
        }
        if (ragOf(target, direction) != Rag.GREEN) {
            throw BusinessRuleException.onField("target", higher
                    ? "must be at or above greenThreshold: the target must read green"
                    : "must be at or below greenThreshold: the target must read green");
        }
        return this;
    }

    /** The RAG of {@code value} for a KPI of {@code direction}. */
    public Rag ragOf(BigDecimal value, Direction direction) {
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (value.compareTo(greenThreshold) >= 0) {
                return Rag.GREEN;
            }
            return value.compareTo(redThreshold) < 0 ? Rag.RED : Rag.AMBER;
        }
        if (value.compareTo(greenThreshold) <= 0) {
            return Rag.GREEN;
        }
        return value.compareTo(redThreshold) > 0 ? Rag.RED : Rag.AMBER;
    }
}
