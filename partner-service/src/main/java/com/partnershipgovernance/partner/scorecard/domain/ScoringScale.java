package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.problem.ValidationException;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The whole-number scale evaluators score on, e.g. 1 to 5. Scores are compared across scales by
 * normalising them to 0..1: {@code (score - min) / (max - min)}.
 */
public record ScoringScale(int min, int max) {

    public ScoringScale {
        if (min < 0) {
            throw new ValidationException("scale.min", "must be 0 or more");
        }
        if (max <= min) {
            throw new ValidationException("scale.max", "must be greater than scale.min");
        }
        if (max > 100) {
            throw new ValidationException("scale.max", "must be 100 or less");
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** max - min: how far apart the lowest and the highest score are. */
    public int span() {
        return max - min;
    }

    /** {@code value} (a score or a mean of scores) on 0..1. */
    public BigDecimal normalise(BigDecimal value) {
        return value.subtract(BigDecimal.valueOf(min)).divide(BigDecimal.valueOf(span()), MathContext.DECIMAL64);
    }
}
