package com.partnershipgovernance.partner.scorecard.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.domain.CriterionKind.VALUE;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.LEGAL;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.QUALITY;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.REGULATORY;
import static com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction.RND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MissingFunctionPolicyTest {

    private final Scorecards card = Scorecards.onScale(1, 5)
            .criterion("EXPERTISE", 50, VALUE, RND, QUALITY)
            .criterion("COMPLIANCE", 50, VALUE, QUALITY, REGULATORY);

    @Test
    void aFunctionThatScoredNoneOfItsCriteriaIsWarnedOnceForTheCandidate() {
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 4).score(alpha, "EXPERTISE", QUALITY, 4)
                .score(alpha, "COMPLIANCE", QUALITY, 3);

        List<SelectionWarning> warnings = new MissingFunctionPolicy().check(card.rank());

        assertThat(warnings).extracting(SelectionWarning::code, SelectionWarning::candidatePartnerId,
                        SelectionWarning::criterionCode, SelectionWarning::functions)
                .containsExactly(tuple(WarningCode.MISSING_FUNCTION, alpha, null, List.of(REGULATORY)));
        assertThat(warnings.get(0).message()).isEqualTo("REGULATORY has not scored Alpha at all (required on COMPLIANCE)");
    }

    @Test
    void aFunctionThatSkippedOneOfItsCriteriaIsWarnedForThatCriterion() {
        UUID bravo = card.candidate("Bravo");
        card.score(bravo, "EXPERTISE", RND, 4).score(bravo, "COMPLIANCE", QUALITY, 3)
                .score(bravo, "COMPLIANCE", REGULATORY, 3);

        List<SelectionWarning> warnings = new MissingFunctionPolicy().check(card.rank());

        assertThat(warnings).extracting(SelectionWarning::criterionCode, SelectionWarning::functions)
                .containsExactly(tuple("EXPERTISE", List.of(QUALITY)));
    }

    @Test
    void noWarningOnceEveryRequiredFunctionScoredAndOthersMayScoreToo() {
        UUID alpha = card.candidate("Alpha");
        card.score(alpha, "EXPERTISE", RND, 4).score(alpha, "EXPERTISE", QUALITY, 4)
                .score(alpha, "COMPLIANCE", QUALITY, 3).score(alpha, "COMPLIANCE", REGULATORY, 5)
                .score(alpha, "COMPLIANCE", LEGAL, 2);

        assertThat(new MissingFunctionPolicy().check(card.rank())).isEmpty();
    }

    @Test
    void aCandidateNobodyScoredIsWarnedForEveryRequiredFunction() {
        UUID charlie = card.candidate("Charlie");

        assertThat(new MissingFunctionPolicy().check(card.rank()))
                .extracting(SelectionWarning::candidatePartnerId, SelectionWarning::functions)
                .containsExactlyInAnyOrder(tuple(charlie, List.of(RND)), tuple(charlie, List.of(QUALITY)),
                        tuple(charlie, List.of(REGULATORY)));
    }
}
