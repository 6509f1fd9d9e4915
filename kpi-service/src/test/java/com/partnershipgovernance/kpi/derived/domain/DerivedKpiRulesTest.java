package com.partnershipgovernance.kpi.derived.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedKpiRulesTest {

    @Test
    void aRateIsTheQualifyingShareInPercentToTwoDecimals() {
        assertThat(DerivedKpiRules.rate(2, 3)).contains(new BigDecimal("66.67"));
        assertThat(DerivedKpiRules.rate(1, 3)).contains(new BigDecimal("33.33"));
        assertThat(DerivedKpiRules.rate(4, 4)).contains(new BigDecimal("100.00"));
        assertThat(DerivedKpiRules.rate(0, 5)).contains(new BigDecimal("0.00"));
    }

    @Test
    void aPeriodWithoutItemsHasNoValueRatherThanZero() {
        assertThat(DerivedKpiRules.rate(0, 0)).isEmpty();
        assertThat(DerivedKpiRules.ratio(3, 0)).isEmpty();
        assertThat(DerivedKpiRules.mean(BigDecimal.ZERO, 0)).isEmpty();
        assertThat(DerivedKpiRules.variance(new BigDecimal("10"), BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void meansAndRatiosAreRoundedHalfUp() {
        assertThat(DerivedKpiRules.mean(new BigDecimal("47"), 3)).contains(new BigDecimal("15.67"));
        assertThat(DerivedKpiRules.ratio(5, 4)).contains(new BigDecimal("1.25"));
        assertThat(DerivedKpiRules.ratio(1, 3)).contains(new BigDecimal("0.33"));
    }

    @Test
    void varianceIsSpendOverBudgetInPercentOfBudget() {
        assertThat(DerivedKpiRules.variance(new BigDecimal("110000.00"), new BigDecimal("100000.00")).orElseThrow())
                .isEqualByComparingTo("10");
        assertThat(DerivedKpiRules.variance(new BigDecimal("45000.00"), new BigDecimal("60000.00")).orElseThrow())
                .isEqualByComparingTo("-25");
    }

    @Test
    void aMilestoneIsOnTimeWhenCompletedByItsDueDateAndAMissedOneCompletedLaterIsLate() {
        LocalDate due = LocalDate.of(2026, 7, 20);
        MilestoneOutcome onTime = new MilestoneOutcome(UUID.randomUUID(), UUID.randomUUID(), due);
        onTime.completed(due, due);
        assertThat(onTime.outcome()).isEqualTo(MilestoneOutcome.Outcome.ON_TIME);

        MilestoneOutcome missed = new MilestoneOutcome(UUID.randomUUID(), UUID.randomUUID(), due);
        missed.missed(due);
        assertThat(missed.outcome()).isEqualTo(MilestoneOutcome.Outcome.MISSED);
        missed.completed(due, due.plusDays(5));
        assertThat(missed.outcome()).isEqualTo(MilestoneOutcome.Outcome.LATE);
        // a missed event arriving after the completion does not undo it
        missed.missed(due);
        assertThat(missed.outcome()).isEqualTo(MilestoneOutcome.Outcome.LATE);
    }
}
