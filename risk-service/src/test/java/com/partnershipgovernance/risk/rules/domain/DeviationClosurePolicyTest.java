package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeviationClosurePolicyTest {

    private static final DeviationClosurePolicy POLICY = new DeviationClosurePolicy();
    private static final UUID RISK = UUID.randomUUID();

    @Test
    void closedDeviationThatReScoredARiskProposesTheScoreBeforeIt() {
        RuleDecision decision = POLICY.decide(facts(new RiskScore(3, 4)),
                Optional.of(new LiveRisk(RISK, new RiskScore(4, 5))));
        assertThat(decision).isInstanceOf(RuleDecision.Propose.class);
        RuleDecision.Propose propose = (RuleDecision.Propose) decision;
        assertThat(propose.riskId()).isEqualTo(RISK);
        assertThat(propose.from()).isEqualTo(new RiskScore(4, 5));
        assertThat(propose.to()).isEqualTo(new RiskScore(3, 4));
        assertThat(propose.explanation()).contains("2 CAPA").contains("Operator error");
    }

    @Test
    void closedDeviationThatRaisedTheRiskProposesOneStepLessLikely() {
        RuleDecision.Propose propose = (RuleDecision.Propose) POLICY.decide(facts(null),
                Optional.of(new LiveRisk(RISK, new RiskScore(4, 5))));
        assertThat(propose.to()).isEqualTo(new RiskScore(3, 5));
    }

    @Test
    void noProposalWithoutALiveRiskOrWhenNothingWouldBeLower() {
        assertThat(POLICY.decide(facts(null), Optional.empty())).isInstanceOf(RuleDecision.NoChange.class);
        assertThat(POLICY.decide(facts(null), Optional.of(new LiveRisk(RISK, new RiskScore(1, 5)))))
                .isInstanceOf(RuleDecision.NoChange.class);
        // someone re-scored the risk lower than it was before the deviation: nothing to propose
        assertThat(POLICY.decide(facts(new RiskScore(3, 4)), Optional.of(new LiveRisk(RISK, new RiskScore(2, 4)))))
                .isInstanceOf(RuleDecision.NoChange.class);
    }

    private static DeviationClosureFacts facts(RiskScore before) {
        return new DeviationClosureFacts(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 11, 26), 12,
                "Operator error", 2, before);
    }
}
