package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateExpiryPolicyTest {

    private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 28);

    private final CertificateExpiryPolicy policy = new CertificateExpiryPolicy(new RiskScore(4, 4));
    private final UUID partner = UUID.randomUUID();
    private final LiveRisk live = new LiveRisk(UUID.randomUUID(), new RiskScore(3, 3));

    private CertificateExpiryFacts announced(LocalDate expiresOn) {
        return new CertificateExpiryFacts(partner, UUID.randomUUID(), "EUGMP-1", "EMA", expiresOn, 90, null, null);
    }

    @Test
    void announcementIsEvidenceForTheLiveComplianceRiskWithoutChangingItsScore() {
        RuleDecision decision = policy.onExpiring(announced(EXPIRES), Optional.of(live));
        assertThat(decision).isInstanceOf(RuleDecision.Link.class);
        assertThat(((RuleDecision.Link) decision).riskId()).isEqualTo(live.riskId());
        assertThat(decision.explanation()).contains("EUGMP-1", "EMA", "2027-02-28", "evidence");
    }

    @Test
    void announcementWithoutLiveRiskRaisesNothingYet() {
        RuleDecision decision = policy.onExpiring(announced(EXPIRES), Optional.empty());
        assertThat(decision).isInstanceOf(RuleDecision.NoChange.class);
        assertThat(decision.explanation()).contains("raised on 2027-02-28 unless a renewal is recorded");
    }

    @Test
    void laterExpiryOfAWatchedCertificateIsItsRenewalAndChangesNoRisk() {
        CertificateExpiryFacts facts = announced(EXPIRES.plusYears(3))
                .withWatch(EXPIRES, CertificateWatchStatus.WATCHING);
        assertThat(facts.renewsWatch()).isTrue();
        RuleDecision decision = policy.onExpiring(facts, Optional.of(live));
        assertThat(decision).isInstanceOf(RuleDecision.NoChange.class);
        assertThat(decision.explanation()).contains("renewal");
    }

    @Test
    void sameOrEarlierExpiryOfAWatchedCertificateChangesNothing() {
        for (LocalDate date : new LocalDate[]{EXPIRES, EXPIRES.minusDays(1)}) {
            CertificateExpiryFacts facts = announced(date).withWatch(EXPIRES, CertificateWatchStatus.WATCHING);
            assertThat(facts.renewsWatch()).isFalse();
            assertThat(policy.onExpiring(facts, Optional.of(live))).isInstanceOf(RuleDecision.NoChange.class);
        }
        CertificateExpiryFacts renewed = announced(EXPIRES.plusYears(1))
                .withWatch(EXPIRES, CertificateWatchStatus.RENEWED);
        assertThat(renewed.renewsWatch()).isFalse();
        assertThat(policy.onExpiring(renewed, Optional.empty())).isInstanceOf(RuleDecision.NoChange.class);
    }

    @Test
    void expiryWithoutRenewalRaisesAJointComplianceRiskAtTheConfiguredScore() {
        CertificateExpiryFacts facts = announced(EXPIRES).withWatch(EXPIRES, CertificateWatchStatus.WATCHING);
        RuleDecision decision = policy.onExpired(facts, Optional.empty());
        assertThat(decision).isInstanceOf(RuleDecision.Raise.class);
        RuleDecision.Raise raise = (RuleDecision.Raise) decision;
        assertThat(raise.category()).isEqualTo(RiskCategory.PARTNER_COMPLIANCE);
        assertThat(raise.score()).isEqualTo(new RiskScore(4, 4));
        assertThat(raise.joint()).isTrue();
        assertThat(raise.title()).contains("EUGMP-1");
        assertThat(raise.explanation()).contains("expired without a recorded renewal");
    }

    @Test
    void expiryWithALiveComplianceRiskIsEvidenceForIt() {
        CertificateExpiryFacts facts = announced(EXPIRES).withWatch(EXPIRES, CertificateWatchStatus.WATCHING);
        RuleDecision decision = policy.onExpired(facts, Optional.of(live));
        assertThat(decision).isInstanceOf(RuleDecision.Link.class);
        assertThat(((RuleDecision.Link) decision).riskId()).isEqualTo(live.riskId());
    }

    @Test
    void aWatchNoLongerWatchedNeverRaises() {
        for (CertificateWatchStatus status : new CertificateWatchStatus[]{CertificateWatchStatus.RENEWED,
                CertificateWatchStatus.EXPIRED}) {
            CertificateExpiryFacts facts = announced(EXPIRES).withWatch(EXPIRES, status);
            assertThat(policy.onExpired(facts, Optional.empty())).isInstanceOf(RuleDecision.NoChange.class);
        }
    }
}
