package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskScoreTest {

    @Test
    void scoreIsLikelihoodTimesImpact() {
        assertThat(new RiskScore(4, 5).value()).isEqualTo(20);
        assertThat(new RiskScore(1, 1).value()).isEqualTo(1);
        assertThat(new RiskScore(5, 5).value()).isEqualTo(25);
    }

    @ParameterizedTest
    @CsvSource({"0,3,likelihood", "6,3,likelihood", "3,0,impact", "3,6,impact"})
    void likelihoodAndImpactOutsideOneToFiveAreRefusedNamingTheField(int likelihood, int impact, String field) {
        assertThatThrownBy(() -> new RiskScore(likelihood, impact))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(field);
    }

    @Test
    void residualScoresNameTheirOwnFields() {
        assertThatThrownBy(() -> RiskScore.of(6, 2, "residualLikelihood", "residualImpact"))
                .hasMessageContaining("residualLikelihood");
    }

    @ParameterizedTest
    @CsvSource({"1,GREEN", "6,GREEN", "8,AMBER", "12,AMBER", "15,RED", "25,RED"})
    void defaultBandsAreGreenToSixAmberToTwelveRedAbove(int score, Rag rag) {
        assertThat(RagBands.DEFAULT.rag(score)).isEqualTo(rag);
    }

    @Test
    void bandsAreConfigurable() {
        RagBands strict = new RagBands(4, 9);
        assertThat(new RiskScore(2, 3).rag(strict)).isEqualTo(Rag.AMBER);
        assertThat(new RiskScore(2, 5).rag(strict)).isEqualTo(Rag.RED);
        assertThat(new RiskScore(2, 2).rag(strict)).isEqualTo(Rag.GREEN);
    }

    @Test
    void bandsMustBeOrderedWithinTheScale() {
        assertThatThrownBy(() -> new RagBands(12, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RagBands(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RagBands(6, 25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void raisingByEventsNeverLowersEitherAxisAndCapsAtFive() {
        assertThat(new RiskScore(2, 5).atLeast(new RiskScore(4, 3))).isEqualTo(new RiskScore(4, 5));
        assertThat(new RiskScore(4, 5).moreLikely(3)).isEqualTo(new RiskScore(5, 5));
        assertThat(new RiskScore(3, 4).isAbove(new RiskScore(3, 4))).isFalse();
        assertThat(new RiskScore(4, 4).isAbove(new RiskScore(3, 4))).isTrue();
    }
}
