package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;

/**
 * The thresholds of the selection warnings.
 *
 * @param costDrivenMargin   value points (of 100) by which a cost-winning leader must trail another
 *                           candidate on the value criteria to be warned about
 * @param disagreementSpread share of the scale span (0..1) by which function means on one criterion must
 *                           differ to be warned about, e.g. 0.5 = 2 points on a 1..5 scale
 */
public record RankingThresholds(BigDecimal costDrivenMargin, BigDecimal disagreementSpread) {
}
