package com.partnershipgovernance.partner.scorecard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.COST;
import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.OTHER;
import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.VALUE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.FINANCE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.QUALITY;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.RND;
import static org.assertj.core.api.Assertions.assertThat;

/** The scoring arithmetic, pinned on worked examples. */
class WeightedRankingTest {

    @Test
    void meanOfEvaluatorsIsNormalisedToTheScaleAndWeighted() {
        // EXPERTISE 60 %: RND 5, QUALITY 4 -> mean 4.5 -> (4.5 - 1) / 4 = 0.875 -> 52.5 points
        // COST 40 %: FINANCE 3 -> 0.5 -> 20 points; total 72.5
        Scorecards card = Scorecards.onScale(1, 5)
                .criterion("EXPERTISE", 60, VALUE, RND, QUALITY)
                .criterion("COST", 40, COST, FINANCE);
        UUID alpha = card.candidate("Alpha");
        UUID bravo = card.candidate("Bravo");
        card.score(alpha, "EXPERTISE", RND, 5).score(alpha, "EXPERTISE", QUALITY, 4).score(alpha, "COST", FINANCE, 3);
        // Bravo: EXPERTISE 3 and 3 -> 0.5 -> 30; COST 5 -> 1.0 -> 40; total 70
        card.score(bravo, "EXPERTISE", RND, 3).score(bravo, "EXPERTISE", QUALITY, 3).score(bravo, "COST", FINANCE, 5);

        WeightedRanking ranking = card.rank();

        CandidateResult first = ranking.candidates().get(0);
        assertThat(first.candidate().partnerId()).isEqualTo(alpha);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(points(first.total())).isEqualTo("72.50");
        CriterionResult expertise = first.criterion("EXPERTISE").orElseThrow();
        assertThat(expertise.scoreCount()).isEqualTo(2);
        assertThat(expertise.mean()).isEqualByComparingTo("4.5");
        assertThat(expertise.normalised()).isEqualByComparingTo("0.875");
        assertThat(expertise.contribution()).isEqualByComparingTo("52.5");
        assertThat(expertise.functionMeans()).containsOnlyKeys(RND, QUALITY);
        assertThat(expertise.functionMeans().get(QUALITY)).isEqualByComparingTo("4");
        assertThat(first.criterion("COST").orElseThrow().contribution()).isEqualByComparingTo("20");
        assertThat(first.valueScore()).isEqualByComparingTo("87.5");
        assertThat(first.costScore()).isEqualByComparingTo("50");

        CandidateResult second = ranking.candidates().get(1);
        assertThat(second.candidate().partnerId()).isEqualTo(bravo);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(points(second.total())).isEqualTo("70.00");
    }

    @Test
    void eachFunctionGetsItsOwnWeightedTotalOverTheCriteriaItScored() {
        // Alpha by RND: EXPERTISE 5 (1.0 x 60) and COMMUNICATION 4 (0.75 x 20) -> 75 / 80 -> 93.75
        // by QUALITY: EXPERTISE 2 (0.25 x 60) -> 25.00; FINANCE scored nothing -> absent
        Scorecards card = Scorecards.onScale(1, 5)
                .criterion("EXPERTISE", 60, VALUE, RND, QUALITY)
                .criterion("COMMUNICATION", 20, OTHER, RND)
                .criterion("COST", 20, COST, FINANCE);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 5).score(alpha, "EXPERTISE", QUALITY, 2)
                .score(alpha, "COMMUNICATION", RND, 4);

        CandidateResult alphaResult = card.rank().candidate(alpha).orElseThrow();

        assertThat(alphaResult.function(RND).orElseThrow().criteriaScored()).isEqualTo(2);
        assertThat(points(alphaResult.function(RND).orElseThrow().total())).isEqualTo("93.75");
        assertThat(points(alphaResult.function(QUALITY).orElseThrow().total())).isEqualTo("25.00");
        assertThat(alphaResult.function(FINANCE)).isEmpty();
        // overall: EXPERTISE mean 3.5 -> 0.625 x 60 = 37.5; COMMUNICATION 15; COST unscored 0
        assertThat(points(alphaResult.total())).isEqualTo("52.50");
        assertThat(alphaResult.costScore()).isNull();
    }

    @Test
    void aScaleFromZeroToTenNormalisesTheMeanOnItsOwnSpan() {
        Scorecards card = Scorecards.onScale(0, 10).criterion("EXPERTISE", 100, VALUE, RND);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 7).score(alpha, "EXPERTISE", RND, 8);

        CriterionResult expertise = card.rank().candidate(alpha).orElseThrow().criterion("EXPERTISE").orElseThrow();

        assertThat(expertise.mean()).isEqualByComparingTo("7.5");
        assertThat(expertise.normalised()).isEqualByComparingTo("0.75");
        assertThat(points(expertise.contribution())).isEqualTo("75.00");
    }

    @Test
    void aMeanInThirdsIsExactToTheDisplayedCent() {
        // 1, 2, 2 -> mean 5/3 -> normalised 1/6 -> x 30 = 5.00; the unscored criterion adds 0
        Scorecards card = Scorecards.onScale(1, 5)
                .criterion("COMPLIANCE", 30, VALUE, QUALITY)
                .criterion("CAPACITY", 70, VALUE, RND);
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "COMPLIANCE", QUALITY, 1).score(alpha, "COMPLIANCE", QUALITY, 2)
                .score(alpha, "COMPLIANCE", QUALITY, 2);

        CandidateResult result = card.rank().candidate(alpha).orElseThrow();

        assertThat(points(result.criterion("COMPLIANCE").orElseThrow().mean())).isEqualTo("1.67");
        assertThat(points(result.total())).isEqualTo("5.00");
        assertThat(result.criterion("CAPACITY").orElseThrow().scored()).isFalse();
        assertThat(result.criterion("CAPACITY").orElseThrow().contribution()).isEqualByComparingTo("0");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void topScoresEverywhereMakeOneHundredAndBottomScoresZero() {
        Scorecards card = Scorecards.onScale(1, 5)
                .criterion("EXPERTISE", 70, VALUE, RND)
                .criterion("COST", 30, COST, FINANCE);
        UUID best = card.candidate("Best");
        UUID worst = card.candidate("Worst");
        card.score(best, "EXPERTISE", RND, 5).score(best, "COST", FINANCE, 5)
                .score(worst, "EXPERTISE", RND, 1).score(worst, "COST", FINANCE, 1);

        WeightedRanking ranking = card.rank();

        assertThat(points(ranking.candidate(best).orElseThrow().total())).isEqualTo("100.00");
        assertThat(points(ranking.candidate(worst).orElseThrow().total())).isEqualTo("0.00");
        assertThat(ranking.candidate(best).orElseThrow().complete()).isTrue();
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Scorecards card = Scorecards.onScale(1, 5).criterion("EXPERTISE", 100, VALUE, RND);
        UUID alpha = card.candidate("Alpha");
        UUID bravo = card.candidate("Bravo");
        UUID charlie = card.candidate("Charlie");
        card.score(alpha, "EXPERTISE", RND, 4).score(bravo, "EXPERTISE", RND, 4).score(charlie, "EXPERTISE", RND, 2);

        WeightedRanking ranking = card.rank();

        assertThat(ranking.candidates()).extracting(CandidateResult::rank).containsExactly(1, 1, 3);
        assertThat(ranking.candidates()).extracting(c -> c.candidate().name())
                .containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(ranking.leaders()).hasSize(2);
    }

    private static String points(BigDecimal value) {
        return WeightedRanking.points(value).toPlainString();
    }
}
