package com.partnershipgovernance.kpi.threshold;

import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.kpi.definition.domain.Direction.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class ThresholdBookTest {

    private static final String KPI = "ON_TIME_RATE";
    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    private final RagThreshold defaultUntilJune = threshold(null, "90", JAN, JUL.minusDays(1));
    private final RagThreshold defaultFromJuly = threshold(null, "92", JUL, null);
    private final RagThreshold ownFromJuly = threshold(OWN, "95", JUL, null);
    private final ThresholdBook book = new ThresholdBook(List.of(defaultUntilJune, defaultFromJuly, ownFromJuly));

    @Test
    void aPartnersOwnThresholdsInForceWinOverThePortfolioDefault() {
        assertThat(book.applicable(KPI, OWN, JUL.plusDays(10))).containsSame(ownFromJuly);
    }

    @Test
    void withoutItsOwnInForceAPartnerIsReadAgainstTheDefaultOfThatDay() {
        assertThat(book.applicable(KPI, OWN, JAN.plusDays(40))).containsSame(defaultUntilJune);
        assertThat(book.applicable(KPI, OTHER, JUL.plusDays(10))).containsSame(defaultFromJuly);
    }

    @Test
    void nothingAppliesBeforeAnyThresholdOrForAnotherKpi() {
        assertThat(book.applicable(KPI, OWN, JAN.minusDays(1))).isEmpty();
        assertThat(book.applicable("OTHER_KPI", OWN, JUL)).isEmpty();
    }

    private static RagThreshold threshold(UUID partner, String target, LocalDate from, LocalDate until) {
        BigDecimal t = new BigDecimal(target);
        return new RagThreshold(KPI, HIGHER_IS_BETTER, partner, new RagLimits(t, t.subtract(BigDecimal.TEN),
                t.subtract(BigDecimal.valueOf(20))), from, until, null, Instant.now());
    }
}
