package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Where a SOW's spend stands against its budget: spent (invoiced), committed (purchase orders), the variance
 * (budget - spent: positive while under budget, negative when over) and the share of the budget spent.
 */
public record BudgetPosition(Money budget, Money spentToDate, Money committedToDate, Money variance,
                             BigDecimal percentSpent) {

    /** The position of {@code budget} after {@code lines} (all in the budget's currency). */
    public static BudgetPosition of(Money budget, Collection<SpendLine> lines) {
        BigDecimal spent = sum(lines, SpendKind.INVOICE);
        BigDecimal committed = sum(lines, SpendKind.PURCHASE_ORDER);
        String currency = budget.currency();
        BigDecimal percent = budget.amount().signum() == 0 ? null
                : spent.multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_UP);
        return new BudgetPosition(budget, new Money(spent, currency), new Money(committed, currency),
                new Money(budget.amount().subtract(spent), currency), percent);
    }

    private static BigDecimal sum(Collection<SpendLine> lines, SpendKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
