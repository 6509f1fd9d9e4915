package com.partnershipgovernance.kpi.definition.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void readsMonthsAndQuartersAndWritesThemBackTheSame() {
        assertThat(Period.parse("2026-07")).contains(new Period(Periodicity.MONTHLY, 2026, 7));
        assertThat(Period.parse("2026-12")).contains(new Period(Periodicity.MONTHLY, 2026, 12));
        assertThat(Period.parse("2026-Q1")).contains(new Period(Periodicity.QUARTERLY, 2026, 1));
        assertThat(Period.parse("2026-Q4")).contains(new Period(Periodicity.QUARTERLY, 2026, 4));
        assertThat(Period.parse("2026-07").orElseThrow()).hasToString("2026-07");
        assertThat(Period.parse("2026-Q3").orElseThrow()).hasToString("2026-Q3");
        assertThat(Period.parse("2026-Q3").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2026-00", "2026-13", "2026-Q0", "2026-Q5", "2026-7", "2026-007", "26-07",
            "2026/07", "2026-q3", " 2026-07", "2026-07 ", "２０２６-07", "2026-0a", "abcd-07", "2026-Q", "2026-QQ"})
    void rejectsAnythingElse(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void aWellFormedPeriodOutsideTheAcceptedYearsIsNoPeriod() {
        // it used to throw, which answered quarter=0000-Q1 with a 500
        assertThat(Period.parse("0001-01")).isEmpty();
        assertThat(Period.parse("0000-Q1")).isEmpty();
        assertThat(Period.parse("2201-01")).isEmpty();
        assertThat(Period.parse("2200-12")).isPresent();
    }
}
