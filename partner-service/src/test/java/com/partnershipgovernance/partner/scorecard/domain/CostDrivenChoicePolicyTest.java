package com.partnershipgovernance.partner.scorecard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.COST;
import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.VALUE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.FINANCE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;

class CostDrivenChoicePolicyTest {

    private final Scorecards card = Scorecards.onScale(1, 5)
            .criterion("EXPERTISE", 40, VALUE, QUALITY)
            .criterion("COMPLIANCE", 20, VALUE, QUALITY)
            .criterion("COST", 40, COST, FINANCE);

    /** Alpha: EXPERTISE 3 (20), COMPLIANCE 3 (10), COST 5 (40) -> total 70, value 30/60 = 50 points. */
    private UUID cheapLeader() {
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", QUALITY, 3).score(alpha, "COMPLIANCE", QUALITY, 3).score(alpha, "COST", FINANCE, 5);
        return alpha;
    }

    /** Bravo: EXPERTISE 4 (30), COMPLIANCE 4 (15), COST 1 (0) -> total 45, value 45/60 = 75 points. */
    private UUID betterButDearer() {
        UUID bravo = card.candidate("Bravo");
        card.score(bravo, "EXPERTISE", QUALITY, 4).score(bravo, "COMPLIANCE", QUALITY, 4).score(bravo, "COST", FINANCE, 1);
        return bravo;
    }

    @Test
    void leaderWinningOnCostWhileTrailingOnValueByTheMarginIsWarned() {
        UUID alpha = cheapLeader();
        UUID bravo = betterButDearer();

        List<SelectionWarning> warnings = new CostDrivenChoicePolicy(new BigDecimal("10")).check(card.rank());

        assertThat(warnings).hasSize(1);
        SelectionWarning warning = warnings.get(0);
        assertThat(warning.code()).isEqualTo(WarningCode.COST_DRIVEN_CHOICE);
        assertThat(warning.candidatePartnerId()).isEqualTo(alpha);
        assertThat(warning.comparedPartnerId()).isEqualTo(bravo);
        assertThat(warning.difference()).isEqualByComparingTo("25");
        assertThat(warning.message()).contains("Alpha leads because it wins on cost").contains("trailing Bravo by 25.00");
    }

    @Test
    void aGapExactlyAtTheMarginWarnsAndJustBelowItDoesNot() {
        cheapLeader();
        betterButDearer();
        WeightedRanking ranking = card.rank();

        assertThat(new CostDrivenChoicePolicy(new BigDecimal("25")).check(ranking)).hasSize(1);
        assertThat(new CostDrivenChoicePolicy(new BigDecimal("25.01")).check(ranking)).isEmpty();
    }

    @Test
    void aLeaderOnlyTiedOnCostDoesNotWinOnCost() {
        cheapLeader();
        betterButDearer();
        // Charlie is as cheap as Alpha but weak: EXPERTISE 1, COMPLIANCE 1, COST 5 -> total 40
        UUID charlie = card.candidate("Charlie");
        card.score(charlie, "EXPERTISE", QUALITY, 1).score(charlie, "COMPLIANCE", QUALITY, 1)
                .score(charlie, "COST", FINANCE, 5);

        assertThat(new CostDrivenChoicePolicy(new BigDecimal("10")).check(card.rank())).isEmpty();
    }

    @Test
    void aLeaderAlsoBestOnValueIsNotWarned() {
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", QUALITY, 5).score(alpha, "COMPLIANCE", QUALITY, 5).score(alpha, "COST", FINANCE, 4);
        betterButDearer();

        assertThat(new CostDrivenChoicePolicy(new BigDecimal("10")).check(card.rank())).isEmpty();
    }
}
