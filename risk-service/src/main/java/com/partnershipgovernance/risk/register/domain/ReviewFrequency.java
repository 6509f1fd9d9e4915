package com.partnershipgovernance.risk.register.domain;

import java.time.LocalDate;

/** How often a risk is reviewed: by default from its RAG (red monthly, amber quarterly, green half-yearly). */
public enum ReviewFrequency {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

    private final int months;

    ReviewFrequency(int months) {
        this.months = months;
    }

    public static ReviewFrequency forRag(Rag rag) {
        return switch (rag) {
            case RED -> MONTHLY;
            case AMBER -> QUARTERLY;
            case GREEN -> HALF_YEARLY;
        };
    }

    public LocalDate after(LocalDate date) {
        return date.plusMonths(months);
    }
}
