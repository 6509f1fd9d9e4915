package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.shared.domain.Currencies;

import java.util.Objects;

/** When and in what currency the sponsor pays the partner's invoices: net {@code days} in {@code currency}. */
public record PaymentTerms(int days, String currency) {

    public PaymentTerms {
        Objects.requireNonNull(currency, "currency");
        if (days < 0) {
            throw new IllegalArgumentException("Payment days cannot be negative");
        }
        if (!Currencies.isKnown(currency)) {
            throw new IllegalArgumentException(currency + " is not an ISO 4217 currency");
        }
    }
}
