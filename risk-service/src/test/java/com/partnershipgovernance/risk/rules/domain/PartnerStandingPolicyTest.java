package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerStandingPolicyTest {

    private static final PartnerStandingPolicy POLICY = new PartnerStandingPolicy(new RiskScore(4, 4),
            new RiskScore(5, 5));
    private static final UUID PARTNER = UUID.randomUUID();

    @Test
    void suspensionRaisesASponsorOnlyPartnerComplianceRisk() {
        RuleDecision.Raise raise = (RuleDecision.Raise) POLICY.decide(
                new PartnerStandingFacts(PARTNER, "QUALIFIED", "SUSPENDED", "Form 483"), Optional.empty());
        assertThat(raise.category()).isEqualTo(RiskCategory.PARTNER_COMPLIANCE);
        assertThat(raise.score()).isEqualTo(new RiskScore(4, 4));
        assertThat(raise.joint()).isFalse();
    }

    @Test
    void disqualificationLiftsTheLiveRiskToFiveByFive() {
        UUID risk = UUID.randomUUID();
        RuleDecision decision = POLICY.decide(new PartnerStandingFacts(PARTNER, "SUSPENDED", "DISQUALIFIED", "OAI"),
                Optional.of(new LiveRisk(risk, new RiskScore(4, 4))));
        assertThat(((RuleDecision.Rescore) decision).to()).isEqualTo(new RiskScore(5, 5));
        assertThat(((RuleDecision.Rescore) decision).riskId()).isEqualTo(risk);
    }

    @Test
    void otherQualificationChangesDoNothing() {
        assertThat(POLICY.decide(new PartnerStandingFacts(PARTNER, "SUSPENDED", "QUALIFIED", "Reinstated"),
                Optional.empty())).isInstanceOf(RuleDecision.NoChange.class);
        assertThat(POLICY.decide(new PartnerStandingFacts(PARTNER, "QUALIFIED", "SUSPENDED", "Again"),
                Optional.of(new LiveRisk(UUID.randomUUID(), new RiskScore(5, 4)))))
                .isInstanceOf(RuleDecision.NoChange.class);
    }
}
