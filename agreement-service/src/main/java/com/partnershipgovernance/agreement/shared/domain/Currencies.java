package com.partnershipgovernance.agreement.shared.domain;

import java.util.Currency;

/** ISO 4217 currency codes as the JDK knows them. */
public final class Currencies {

    private Currencies() {
    }

    /** Whether {@code code} is an ISO 4217 alphabetic code such as {@code EUR} (upper case only). */
    public static boolean isKnown(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
