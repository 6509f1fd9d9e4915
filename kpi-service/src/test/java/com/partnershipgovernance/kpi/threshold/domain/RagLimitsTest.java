package com.partnershipgovernance.kpi.threshold.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.partnershipgovernance.kpi.definition.domain.Direction.HIGHER_IS_BETTER;
import static com.partnershipgovernance.kpi.definition.domain.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RagLimitsTest {

    // on-time milestone rate: target 95 %, green from 90 %, red below 80 %
    private final RagLimits onTime = limits("95", "90", "80");
    // mean days to close a deviation: target 20 days, green up to 30, red above 45
    private final RagLimits daysToClose = limits("20", "30", "45");

    @Test
    void whereHigherIsBetterAValueIsGreenFromTheGreenThresholdAndRedBelowTheRedOne() {
        assertThat(onTime.ragOf(new BigDecimal("100"), HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(onTime.ragOf(new BigDecimal("90.00"), HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(onTime.ragOf(new BigDecimal("89.99"), HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(onTime.ragOf(new BigDecimal("80"), HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(onTime.ragOf(new BigDecimal("79.99"), HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
        assertThat(onTime.ragOf(new BigDecimal("66.67"), HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void whereLowerIsBetterAValueIsGreenUpToTheGreenThresholdAndRedAboveTheRedOne() {
        assertThat(daysToClose.ragOf(new BigDecimal("12"), LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(daysToClose.ragOf(new BigDecimal("30"), LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(daysToClose.ragOf(new BigDecimal("30.5"), LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(daysToClose.ragOf(new BigDecimal("45"), LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(daysToClose.ragOf(new BigDecimal("45.01"), LOWER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void equalThresholdsLeaveNoAmberBand() {
        RagLimits sharp = limits("0", "0", "0");
        assertThat(sharp.requireOrderFor(LOWER_IS_BETTER).ragOf(BigDecimal.ZERO, LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(sharp.ragOf(new BigDecimal("0.01"), LOWER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void thresholdsInTheOrderOfTheDirectionAreAccepted() {
        assertThat(onTime.requireOrderFor(HIGHER_IS_BETTER)).isSameAs(onTime);
        assertThat(daysToClose.requireOrderFor(LOWER_IS_BETTER)).isSameAs(daysToClose);
    }

    @Test
    void aRedThresholdOnTheGreenSideIsRefusedNamingRedThreshold() {
        assertThatThrownBy(() -> onTime.requireOrderFor(LOWER_IS_BETTER))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("redThreshold");
        assertThatThrownBy(() -> daysToClose.requireOrderFor(HIGHER_IS_BETTER))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("redThreshold");
    }

    @Test
    void aTargetThatWouldNotReadGreenIsRefusedNamingTarget() {
        assertThatThrownBy(() -> limits("85", "90", "80").requireOrderFor(HIGHER_IS_BETTER))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("target");
        assertThatThrownBy(() -> limits("35", "30", "45").requireOrderFor(LOWER_IS_BETTER))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("target");
    }

    private static RagLimits limits(String target, String green, String red) {
        return new RagLimits(new BigDecimal(target), new BigDecimal(green), new BigDecimal(red));
    }
}
