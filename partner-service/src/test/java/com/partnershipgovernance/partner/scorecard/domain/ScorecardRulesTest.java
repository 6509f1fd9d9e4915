package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules templates and selections carry themselves. */
class ScorecardRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void weightsNotSummingToOneHundredAreRefusedNamingCriteria() {
        assertThatThrownBy(() -> content(criterion("EXPERTISE", 60), criterion("COST", 35)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("criteria"))
                .hasMessageContaining("they sum to 95");
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> content(criterion("COST", 50), criterion("COST", 50)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("COST twice");
    }

    @Test
    void aScaleMustRiseFromMinToMax() {
        assertThatThrownBy(() -> new ScoringScale(5, 5)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("scale.max"));
    }

    @Test
    void revisingInPlaceKeepsEachCriterionByCodeAndTheNextVersionKeepsTheFamily() {
        ScorecardTemplate v1 = ScorecardTemplate.create(content(criterion("EXPERTISE", 60), criterion("COST", 40)),
                "u-a", "A", NOW);
        v1.revise(content(criterion("COST", 30), criterion("EXPERTISE", 70)));
        assertThat(v1.definitions()).extracting(CriterionDefinition::code).containsExactly("COST", "EXPERTISE");
        assertThat(v1.criterion("EXPERTISE").orElseThrow().weight()).isEqualTo(70);

        ScorecardTemplate v2 = v1.nextVersion(content(criterion("EXPERTISE", 100)), "u-b", "B", NOW);
        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.familyId()).isEqualTo(v1.familyId());
        assertThat(v2.templateVersion()).isEqualTo(2);
        assertThat(v2.previousVersionId()).isEqualTo(v1.id());
        assertThat(v1.definitions()).hasSize(2);
    }

    @Test
    void scoresOutsideTheScaleOrOutsideTheSelectionAreRefusedAndARescoreReplaces() {
        ScorecardTemplate template = ScorecardTemplate.create(content(criterion("EXPERTISE", 100)), "u-a", "A", NOW);
        UUID alpha = UUID.randomUUID();
        Selection selection = Selection.open("Fill-finish CDMO", null, template, EvaluatingFunction.QUALITY,
                Set.of(alpha), "u-a", "A", NOW);

        assertThatThrownBy(() -> selection.score(template, submission(alpha, "EXPERTISE", 6), "u-q", "Q", NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("score"));
        assertThatThrownBy(() -> selection.score(template, submission(alpha, "PRICE", 3), "u-q", "Q", NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("criterionCode"));
        assertThatThrownBy(() -> selection.score(template, submission(UUID.randomUUID(), "EXPERTISE", 3), "u-q", "Q",
                NOW)).satisfies(e -> assertThat(field(e)).isEqualTo("candidatePartnerId"));

        assertThat(selection.score(template, submission(alpha, "EXPERTISE", 3), "u-q", "Q", NOW).outcome())
                .isEqualTo(Selection.ScoreOutcome.CREATED);
        assertThat(selection.score(template, submission(alpha, "EXPERTISE", 3), "u-q", "Q", NOW).outcome())
                .isEqualTo(Selection.ScoreOutcome.UNCHANGED);
        assertThat(selection.score(template, submission(alpha, "EXPERTISE", 5), "u-q", "Q", NOW).outcome())
                .isEqualTo(Selection.ScoreOutcome.REPLACED);
        assertThat(selection.scoreEntries()).extracting(ScoreEntry::score).containsExactly(5);
    }

    @Test
    void aDecidedSelectionRefusesScoresAndASecondDecision() {
        ScorecardTemplate template = ScorecardTemplate.create(content(criterion("EXPERTISE", 100)), "u-a", "A", NOW);
        UUID alpha = UUID.randomUUID();
        Selection selection = Selection.open("Fill-finish CDMO", null, template, EvaluatingFunction.QUALITY,
                Set.of(alpha), "u-a", "A", NOW);
        ElectronicSignature signature = new ElectronicSignature() {
        };

        assertThatThrownBy(() -> selection.decide(UUID.randomUUID(), "cheapest", "u-q", "Q", NOW, () -> signature))
                .satisfies(e -> assertThat(field(e)).isEqualTo("chosenPartnerId"));
        selection.decide(alpha, "best compliance", "u-q", "Q", NOW, () -> signature);

        assertThat(selection.status()).isEqualTo(SelectionStatus.DECIDED);
        assertThatThrownBy(() -> selection.score(template, submission(alpha, "EXPERTISE", 3), "u-q", "Q", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> selection.decide(alpha, "again", "u-q", "Q", NOW, () -> signature))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static ScoreSubmission submission(UUID candidate, String criterion, int score) {
        return new ScoreSubmission(candidate, criterion, EvaluatingFunction.QUALITY, score, "seen on site");
    }

    private static CriterionDefinition criterion(String code, int weight) {
        return new CriterionDefinition(code, code, null, weight, CriterionKind.VALUE, EnumSet.of(EvaluatingFunction.QUALITY));
    }

    private static TemplateContent content(CriterionDefinition... criteria) {
        return new TemplateContent("CDMO scorecard", null, new ScoringScale(1, 5), List.of(criteria));
    }

    private static String field(Throwable e) {
        return ((ProblemException) e).toProblem().errors().get(0).field();
    }
}
