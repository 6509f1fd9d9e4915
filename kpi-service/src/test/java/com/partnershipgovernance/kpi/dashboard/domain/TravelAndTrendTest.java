package com.partnershipgovernance.kpi.dashboard.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.partnershipgovernance.kpi.definition.domain.Direction.HIGHER_IS_BETTER;
import static com.partnershipgovernance.kpi.definition.domain.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class TravelAndTrendTest {

    @Test
    void theDirectionOfTravelFollowsTheKpisDirection() {
        assertThat(Travel.of(HIGHER_IS_BETTER, new BigDecimal("80"), new BigDecimal("92.5"))).isEqualTo(Travel.IMPROVING);
        assertThat(Travel.of(HIGHER_IS_BETTER, new BigDecimal("92.5"), new BigDecimal("80"))).isEqualTo(Travel.WORSENING);
        assertThat(Travel.of(LOWER_IS_BETTER, new BigDecimal("22"), new BigDecimal("50"))).isEqualTo(Travel.WORSENING);
        assertThat(Travel.of(LOWER_IS_BETTER, new BigDecimal("50"), new BigDecimal("22"))).isEqualTo(Travel.IMPROVING);
        assertThat(Travel.of(LOWER_IS_BETTER, new BigDecimal("22.0"), new BigDecimal("22"))).isEqualTo(Travel.STABLE);
        assertThat(Travel.of(LOWER_IS_BETTER, null, new BigDecimal("22"))).isEqualTo(Travel.UNKNOWN);
    }

    @Test
    void aTrendWindowEndsWithThePeriodOfTheDayAndCrossesYears() {
        assertThat(TrendWindow.last(4, LocalDate.of(2026, 2, 10), Periodicity.MONTHLY)).extracting(Period::toString)
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(TrendWindow.last(3, LocalDate.of(2026, 4, 1), Periodicity.QUARTERLY)).extracting(Period::toString)
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
    }

    @Test
    void periodsParseMonthsAndQuartersAndKnowTheirDays() {
        Period q3 = Period.parse("2026-Q3").orElseThrow();
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Period.parse("2024-02").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.containing(LocalDate.of(2026, 12, 31), Periodicity.QUARTERLY)).hasToString("2026-Q4");
    }
}
