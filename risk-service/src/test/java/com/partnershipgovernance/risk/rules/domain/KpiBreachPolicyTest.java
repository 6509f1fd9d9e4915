package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KpiBreachPolicyTest {

    private static final KpiBreachPolicy POLICY = new KpiBreachPolicy(new RiskScore(3, 3));

    @Test
    void kpiCategoriesMatchRegisterCategories() {
        assertThat(KpiBreachPolicy.categoriesOf("QUALITY")).containsExactly(RiskCategory.QUALITY_SYSTEM,
                RiskCategory.BATCH_FAILURE_OR_OOS);
        assertThat(KpiBreachPolicy.categoriesOf("COST")).containsExactly(RiskCategory.FINANCIAL);
        assertThat(KpiBreachPolicy.categoriesOf("RESPONSIVENESS"))
                .containsExactly(RiskCategory.PARTNER_CAPACITY_OR_TURNOVER);
        assertThat(KpiBreachPolicy.categoriesOf("PERFORMANCE")).contains(RiskCategory.CLINICAL_DELAY_OR_LOW_ENROLMENT,
                RiskCategory.SUPPLY_CHAIN_DISRUPTION, RiskCategory.REGULATORY_REWORK);
    }

    @Test
    void breachIsLinkedToTheLiveRiskWithoutChangingItsScore() {
        UUID risk = UUID.randomUUID();
        RuleDecision decision = POLICY.decide(facts("COST", false), Optional.of(new LiveRisk(risk,
                new RiskScore(2, 2))));
        assertThat(decision).isInstanceOf(RuleDecision.Link.class);
        assertThat(((RuleDecision.Link) decision).riskId()).isEqualTo(risk);
        assertThat(decision.explanation()).contains("BUDGET_VARIANCE").contains("2026-10");
    }

    @Test
    void breachWithoutALiveRiskRaisesOneAtThreeByThree() {
        RuleDecision.Raise raise = (RuleDecision.Raise) POLICY.decide(facts("QUALITY", false), Optional.empty());
        assertThat(raise.category()).isEqualTo(RiskCategory.QUALITY_SYSTEM);
        assertThat(raise.score()).isEqualTo(new RiskScore(3, 3));
    }

    @Test
    void sameBreachIsRecordedOnce() {
        assertThat(POLICY.decide(facts("COST", true), Optional.empty())).isInstanceOf(RuleDecision.NoChange.class);
    }

    private static KpiBreachFacts facts(String category, boolean recorded) {
        return new KpiBreachFacts(UUID.randomUUID(), "BUDGET_VARIANCE", category, "2026-10", new BigDecimal("18.5"),
                new BigDecimal("5"), recorded);
    }
}
