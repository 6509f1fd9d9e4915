package com.partnershipgovernance.agreement.shared.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency; never a floating-point number. Amounts are kept with (at least) two
 * decimals, as they are stored, so that {@code 7500000} and {@code 7500000.00} are the same money.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() < 2) {
            amount = amount.setScale(2);
        }
        Objects.requireNonNull(currency, "currency");
        if (!Currencies.isKnown(currency)) {
            throw new IllegalArgumentException(currency + " is not an ISO 4217 currency");
        }
    }

    /** The amount as text without exponent, e.g. {@code "250000.00"} (EVENTS.md money). */
    public String amountText() {
        return amount.toPlainString();
    }
}
