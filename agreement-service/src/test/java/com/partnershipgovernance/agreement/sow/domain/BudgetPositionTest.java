package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.TermChange;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetPositionTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 15);

    @Test
    void varianceIsBudgetMinusInvoicesAndPurchaseOrdersAreCommittedNotSpent() {
        StatementOfWork sow = sow("250000.00", "EUR");
        List<SpendLine> lines = List.of(
                SpendLine.post(sow, "PO-1", SpendKind.PURCHASE_ORDER, eur("200000"), START, Instant.now()),
                SpendLine.post(sow, "INV-1", SpendKind.INVOICE, eur("60000.50"), START, Instant.now()),
                SpendLine.post(sow, "INV-2", SpendKind.INVOICE, eur("46000"), START, Instant.now()));
        BudgetPosition position = BudgetPosition.of(sow.currentTerms().budget(), lines);
        assertThat(position.spentToDate()).isEqualTo(eur("106000.50"));
        assertThat(position.committedToDate()).isEqualTo(eur("200000.00"));
        assertThat(position.variance()).isEqualTo(eur("143999.50"));
        assertThat(position.percentSpent()).isEqualByComparingTo("42.4");
    }

    @Test
    void overspendGivesANegativeVarianceAndAZeroBudgetNoPercentage() {
        StatementOfWork sow = sow("1000.00", "USD");
        BudgetPosition over = BudgetPosition.of(sow.currentTerms().budget(), List.of(
                SpendLine.post(sow, "INV-9", SpendKind.INVOICE, new Money(new BigDecimal("1250"), "USD"), START,
                        Instant.now())));
        assertThat(over.variance()).isEqualTo(new Money(new BigDecimal("-250.00"), "USD"));
        assertThat(over.percentSpent()).isEqualByComparingTo("125.0");
        BudgetPosition none = BudgetPosition.of(new Money(BigDecimal.ZERO, "USD"), List.of());
        assertThat(none.percentSpent()).isNull();
        assertThat(none.variance()).isEqualTo(new Money(new BigDecimal("0.00"), "USD"));
    }

    @Test
    void spendInAnotherCurrencyThanTheBudgetIsRefusedNamingAmountCurrency() {
        StatementOfWork sow = sow("1000.00", "EUR");
        assertThatThrownBy(() -> SpendLine.post(sow, "INV-1", SpendKind.INVOICE,
                new Money(new BigDecimal("10"), "USD"), START, Instant.now()))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("amount.currency ");
    }

    @Test
    void termsRefuseAnEndBeforeTheStartAndANegativeBudget() {
        assertThatThrownBy(() -> terms(START, START, eur("1"))).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("timeline.endOn ");
        assertThatThrownBy(() -> terms(START, START.plusDays(1), eur("-1"))).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("budget.amount ");
        assertThat(terms(START, START.plusDays(1), eur("1")).changesTo(terms(START, START.plusDays(2), eur("2"))))
                .extracting(TermChange::field).containsExactly("timeline.endOn", "budget.amount");
    }

    private static StatementOfWork sow(String budget, String currency) {
        return StatementOfWork.draft(UUID.randomUUID(), true, UUID.randomUUID(), SowKind.MANUFACTURING,
                terms(START, START.plusMonths(10), new Money(new BigDecimal(budget), currency)), Instant.now());
    }

    private static SowTerms terms(LocalDate start, LocalDate end, Money budget) {
        return new SowTerms("PPQ", List.of(), List.of(new Deliverable("Batch record", null, Responsibility.PARTNER)),
                start, end, budget, List.of(), null);
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
