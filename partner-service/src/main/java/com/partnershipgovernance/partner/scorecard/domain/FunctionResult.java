package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;

/**
 * How one function rates a candidate: the weighted total (0..100) over the criteria that function
 * scored, as if only its evaluators had scored, so that functions can be compared side by side.
 */
public record FunctionResult(EvaluatingFunction function, int criteriaScored, BigDecimal total) {
}
