package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.platform.problem.ValidationException;

import java.math.BigDecimal;

/**
 * Whole numbers read as decimals: Jackson would silently truncate 4.5 to 4 for an int field, so
 * weights, scale bounds and scores arrive as decimals and are refused here unless whole.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** {@code value} as an int (already bounded by Bean Validation), or a 400 naming {@code field}. */
    static int of(BigDecimal value, String field) {
        if (value.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(field, "must be a whole number");
        }
        return value.intValueExact();
    }
}
