package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeviationRiskPolicyTest {

    private static final DeviationRiskPolicy POLICY = new DeviationRiskPolicy(new RiskScore(4, 5), new RiskScore(3, 4));
    private static final UUID RISK = UUID.randomUUID();
    private static final UUID SOW = UUID.randomUUID();

    @ParameterizedTest
    @CsvSource({"BATCH_FAILURE,BATCH_FAILURE_OR_OOS", "OOS_RESULT,BATCH_FAILURE_OR_OOS",
            "MISSED_NOTIFICATION,QUALITY_SYSTEM", "DOCUMENTATION,QUALITY_SYSTEM",
            "EQUIPMENT,SUPPLY_CHAIN_DISRUPTION", "OTHER,OTHER", "SOMETHING_NEW,OTHER"})
    void deviationCategoriesMapToRegisterCategories(String deviation, RiskCategory risk) {
        assertThat(DeviationRiskPolicy.categoryOf(deviation)).isEqualTo(risk);
    }

    @Test
    void criticalDeviationWithoutLiveRiskRaisesAJointRiskAtFourByFiveLinkedToTheSow() {
        RuleDecision decision = POLICY.decide(facts("CRITICAL", "BATCH_FAILURE", null), Optional.empty());
        assertThat(decision).isInstanceOf(RuleDecision.Raise.class);
        RuleDecision.Raise raise = (RuleDecision.Raise) decision;
        assertThat(raise.category()).isEqualTo(RiskCategory.BATCH_FAILURE_OR_OOS);
        assertThat(raise.score()).isEqualTo(new RiskScore(4, 5));
        assertThat(raise.sowId()).isEqualTo(SOW);
        assertThat(raise.joint()).isTrue();
        assertThat(raise.title()).contains("DEV-1");
    }

    @Test
    void majorDeviationStartsAtThreeByFour() {
        RuleDecision.Raise raise = (RuleDecision.Raise) POLICY.decide(facts("MAJOR", "OOS_RESULT", null),
                Optional.empty());
        assertThat(raise.score()).isEqualTo(new RiskScore(3, 4));
    }

    @Test
    void minorOrUnclassifiedDeviationChangesNothing() {
        assertThat(POLICY.decide(facts("MINOR", "BATCH_FAILURE", null), Optional.empty()))
                .isInstanceOf(RuleDecision.NoChange.class);
        assertThat(POLICY.decide(facts(null, "BATCH_FAILURE", null), Optional.empty()))
                .isInstanceOf(RuleDecision.NoChange.class);
    }

    @Test
    void liveRiskBelowTheStartingScoreIsLiftedToIt() {
        RuleDecision decision = POLICY.decide(facts("MAJOR", "DOCUMENTATION", null),
                Optional.of(new LiveRisk(RISK, new RiskScore(2, 3))));
        assertThat(decision).isEqualTo(new RuleDecision.Rescore(RISK, RiskCategory.QUALITY_SYSTEM,
                new RiskScore(2, 3), new RiskScore(3, 4), SOW, decision.explanation()));
    }

    @Test
    void furtherDeviationOnARiskAlreadyAtTheStartingScoreMakesItMoreLikely() {
        RuleDecision decision = POLICY.decide(facts("MAJOR", "BATCH_FAILURE", null),
                Optional.of(new LiveRisk(RISK, new RiskScore(3, 4))));
        assertThat(((RuleDecision.Rescore) decision).to()).isEqualTo(new RiskScore(4, 4));
        RuleDecision capped = POLICY.decide(facts("CRITICAL", "BATCH_FAILURE", null),
                Optional.of(new LiveRisk(RISK, new RiskScore(5, 5))));
        assertThat(capped).isInstanceOf(RuleDecision.NoChange.class);
    }

    @Test
    void sameDeviationCountsOnceButAnUpwardReclassificationLiftsToTheNewSeverity() {
        Optional<LiveRisk> live = Optional.of(new LiveRisk(RISK, new RiskScore(3, 4)));
        assertThat(POLICY.decide(facts("MAJOR", "BATCH_FAILURE", "MAJOR"), live))
                .isInstanceOf(RuleDecision.NoChange.class);
        assertThat(POLICY.decide(facts("MAJOR", "BATCH_FAILURE", "CRITICAL"), live))
                .isInstanceOf(RuleDecision.NoChange.class);
        RuleDecision reclassified = POLICY.decide(facts("CRITICAL", "BATCH_FAILURE", "MAJOR"), live);
        assertThat(((RuleDecision.Rescore) reclassified).to()).isEqualTo(new RiskScore(4, 5));
    }

    @Test
    void highestSeverityAppliedIsCriticalOverMajor() {
        assertThat(DeviationRiskPolicy.highestOf(java.util.List.of("MAJOR", "CRITICAL"))).isEqualTo("CRITICAL");
        assertThat(DeviationRiskPolicy.highestOf(java.util.List.of())).isNull();
    }

    private static DeviationFacts facts(String severity, String category, String alreadyApplied) {
        return new DeviationFacts(UUID.randomUUID(), UUID.randomUUID(), SOW, "DEV-1", category, severity,
                alreadyApplied);
    }
}
