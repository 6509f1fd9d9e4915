package com.partnershipgovernance.partner.scorecard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.VALUE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.FINANCE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.QUALITY;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.RND;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionDisagreementPolicyTest {

    private static final BigDecimal HALF_THE_SCALE = new BigDecimal("0.5");

    @Test
    void functionMeansHalfTheScaleApartAreWarnedWithBothFunctions() {
        // 1..5: span 4, half of it = 2 points; RND 5 vs QUALITY 3 is exactly 2
        Scorecards card = Scorecards.onScale(1, 5).criterion("EXPERTISE", 100, VALUE, RND, QUALITY);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 5).score(alpha, "EXPERTISE", QUALITY, 3);

        List<SelectionWarning> warnings = new FunctionDisagreementPolicy(HALF_THE_SCALE).check(card.rank());

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).code()).isEqualTo(WarningCode.FUNCTION_DISAGREEMENT);
        assertThat(warnings.get(0).candidatePartnerId()).isEqualTo(alpha);
        assertThat(warnings.get(0).criterionCode()).isEqualTo("EXPERTISE");
        assertThat(warnings.get(0).functions()).containsExactly(RND, QUALITY);
        assertThat(warnings.get(0).difference()).isEqualByComparingTo("2");
        assertThat(warnings.get(0).message()).isEqualTo("Functions disagree on Alpha for EXPERTISE: RND 5, QUALITY 3");
    }

    @Test
    void closerMeansAreNotWarned() {
        Scorecards card = Scorecards.onScale(1, 5).criterion("EXPERTISE", 100, VALUE, RND, QUALITY);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 5).score(alpha, "EXPERTISE", QUALITY, 4);

        assertThat(new FunctionDisagreementPolicy(HALF_THE_SCALE).check(card.rank())).isEmpty();
    }

    @Test
    void disagreementWithinOneFunctionIsNotDisagreementBetweenFunctions() {
        // two quality evaluators 1 and 5 average 3, as does R&D
        Scorecards card = Scorecards.onScale(1, 5).criterion("EXPERTISE", 100, VALUE, RND, QUALITY);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", QUALITY, 1).score(alpha, "EXPERTISE", QUALITY, 5)
                .score(alpha, "EXPERTISE", RND, 3);

        assertThat(new FunctionDisagreementPolicy(HALF_THE_SCALE).check(card.rank())).isEmpty();
    }

    @Test
    void theThresholdFollowsTheScaleSpan() {
        // 0..10: half the span is 5 points; 4 apart is fine, 5 apart is warned, among three functions
        Scorecards card = Scorecards.onScale(0, 10).criterion("EXPERTISE", 100, VALUE, RND, QUALITY, FINANCE);
        UUID alpha = card.candidate("Alpha");
        UUID bravo = card.candidate("Bravo");
        card.score(alpha, "EXPERTISE", RND, 8).score(alpha, "EXPERTISE", QUALITY, 4)
                .score(bravo, "EXPERTISE", RND, 9).score(bravo, "EXPERTISE", QUALITY, 6)
                .score(bravo, "EXPERTISE", FINANCE, 4);

        List<SelectionWarning> warnings = new FunctionDisagreementPolicy(HALF_THE_SCALE).check(card.rank());

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).candidatePartnerId()).isEqualTo(bravo);
        assertThat(warnings.get(0).functions()).containsExactly(RND, FINANCE);
    }
}
