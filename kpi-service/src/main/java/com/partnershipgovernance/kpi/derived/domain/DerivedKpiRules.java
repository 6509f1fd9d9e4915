package com.partnershipgovernance.kpi.derived.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a period's facts make a derived KPI's value, to two decimals (half up). A period without the
 * items to compute a value from (no milestone due, no batch dispositioned) has no value, not zero.
 */
public final class DerivedKpiRules {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DerivedKpiRules() {
    }

    /** The share, in percent, of {@code qualifying} among {@code total} items. */
    public static Optional<BigDecimal> rate(long qualifying, long total) {
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(qualifying).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP));
    }

    /** The mean of items summing to {@code sum}. */
    public static Optional<BigDecimal> mean(BigDecimal sum, long count) {
        if (count <= 0 || sum == null) {
            return Optional.empty();
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP));
    }

    /** {@code count} items per {@code per} items (e.g. deviations per batch). */
    public static Optional<BigDecimal> ratio(long count, long per) {
        if (per <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(per), SCALE, RoundingMode.HALF_UP));
    }

    /** How far, in percent of the budget, spend to date is over (positive) or under (negative) budget. */
    public static Optional<BigDecimal> variance(BigDecimal spentToDate, BigDecimal budget) {
        if (budget == null || spentToDate == null || budget.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(spentToDate.subtract(budget).multiply(HUNDRED)
                .divide(budget, SCALE + 4, RoundingMode.HALF_UP));
    }
}
