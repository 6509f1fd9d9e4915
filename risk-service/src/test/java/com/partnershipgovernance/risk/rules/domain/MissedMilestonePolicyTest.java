package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MissedMilestonePolicyTest {

    private static final MissedMilestonePolicy POLICY = new MissedMilestonePolicy(new RiskScore(3, 3));
    private static final UUID RISK = UUID.randomUUID();

    @ParameterizedTest
    @CsvSource({"CLINICAL,CLINICAL_DELAY_OR_LOW_ENROLMENT", "MANUFACTURING,SUPPLY_CHAIN_DISRUPTION",
            "REGULATORY,REGULATORY_REWORK", "DEVELOPMENT,OTHER", "ANALYTICAL,OTHER", "OTHER,OTHER"})
    void sowKindsMapToRegisterCategories(String kind, RiskCategory category) {
        assertThat(MissedMilestonePolicy.categoryOf(kind)).isEqualTo(category);
    }

    @Test
    void eachFurtherMissRaisesLikelihoodByOneUpToFive() {
        assertThat(POLICY.scoreAfter(1)).isEqualTo(new RiskScore(3, 3));
        assertThat(POLICY.scoreAfter(2)).isEqualTo(new RiskScore(4, 3));
        assertThat(POLICY.scoreAfter(3)).isEqualTo(new RiskScore(5, 3));
        assertThat(POLICY.scoreAfter(7)).isEqualTo(new RiskScore(5, 3));
    }

    @Test
    void firstMissRaisesAJointRiskLinkedToMsaSowAndMilestone() {
        MissedMilestoneFacts facts = facts("CLINICAL", 1);
        RuleDecision.Raise raise = (RuleDecision.Raise) POLICY.decide(facts, Optional.empty());
        assertThat(raise.category()).isEqualTo(RiskCategory.CLINICAL_DELAY_OR_LOW_ENROLMENT);
        assertThat(raise.score()).isEqualTo(new RiskScore(3, 3));
        assertThat(raise.agreementId()).isEqualTo(facts.msaId());
        assertThat(raise.sowId()).isEqualTo(facts.sowId());
        assertThat(raise.milestoneId()).isEqualTo(facts.milestoneId());
    }

    @Test
    void secondMissReScoresTheSowsRiskUpwardButNeverLowersIt() {
        RuleDecision second = POLICY.decide(facts("MANUFACTURING", 2),
                Optional.of(new LiveRisk(RISK, new RiskScore(3, 3))));
        assertThat(((RuleDecision.Rescore) second).to()).isEqualTo(new RiskScore(4, 3));
        RuleDecision higher = POLICY.decide(facts("MANUFACTURING", 2),
                Optional.of(new LiveRisk(RISK, new RiskScore(2, 5))));
        assertThat(((RuleDecision.Rescore) higher).to()).isEqualTo(new RiskScore(4, 5));
        assertThat(POLICY.decide(facts("MANUFACTURING", 2), Optional.of(new LiveRisk(RISK, new RiskScore(5, 5)))))
                .isInstanceOf(RuleDecision.NoChange.class);
    }

    private static MissedMilestoneFacts facts(String kind, int missCount) {
        return new MissedMilestoneFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                kind, "First patient in", LocalDate.of(2026, 11, 1), 20, missCount);
    }
}
