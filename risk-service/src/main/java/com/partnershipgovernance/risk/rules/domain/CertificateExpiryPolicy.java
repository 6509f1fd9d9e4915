package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.Optional;

/**
 * certificate-expiry-risk v1: a partner's GMP certificate entering the expiry window
 * ({@code partner.certification-expiring}) is watched until its expiry date.
 * <ul>
 *   <li>On the announcement: with a live PARTNER_COMPLIANCE risk of the partner, the certificate is linked to it
 *   as evidence (score unchanged); otherwise nothing changes yet. A later announcement of the same certificate
 *   with a later expiry date counts as its renewal; the same or an earlier date changes nothing.</li>
 *   <li>When the expiry date comes without a renewal (the expiry job): the expired certificate is linked as
 *   evidence to the live PARTNER_COMPLIANCE risk, or raises a JOINT PARTNER_COMPLIANCE risk at the configured
 *   score (4 x 4).</li>
 * </ul>
 */
public final class CertificateExpiryPolicy {

    public static final String NAME = "certificate-expiry-risk";
    public static final int VERSION = 1;

    private final RiskScore raiseAt;

    public CertificateExpiryPolicy(RiskScore raiseAt) {
        this.raiseAt = raiseAt;
    }

    /**
     * The announcement of an expiring certificate.
     *
     * @param live the partner's most severe live PARTNER_COMPLIANCE risk, if any
     */
    public RuleDecision onExpiring(CertificateExpiryFacts facts, Optional<LiveRisk> live) {
        String what = describe(facts);
        if (facts.watchStatus() != null) {
            if (facts.renewsWatch()) {
                return new RuleDecision.NoChange(what + ": later than the watched " + facts.watchedExpiresOn()
                        + ", recorded as the certificate's renewal");
            }
            return new RuleDecision.NoChange(what + " is watched already (" + facts.watchStatus() + ", expiring "
                    + facts.watchedExpiresOn() + ")");
        }
        if (live.isPresent()) {
            return new RuleDecision.Link(live.get().riskId(), what + " linked as evidence; watched until it expires");
        }
        return new RuleDecision.NoChange(what + ": watched; a PARTNER_COMPLIANCE risk is raised on "
                + facts.expiresOn() + " unless a renewal is recorded");
    }

    /**
     * The watched certificate's expiry date has come without a renewal.
     *
     * @param live the partner's most severe live PARTNER_COMPLIANCE risk, if any
     */
    public RuleDecision onExpired(CertificateExpiryFacts facts, Optional<LiveRisk> live) {
        String what = describe(facts) + " expired without a recorded renewal";
        if (facts.watchStatus() != CertificateWatchStatus.WATCHING) {
            return new RuleDecision.NoChange(describe(facts) + " is " + facts.watchStatus() + ", not watched");
        }
        if (live.isPresent()) {
            return new RuleDecision.Link(live.get().riskId(), what + ": linked as evidence");
        }
        return new RuleDecision.Raise(RiskCategory.PARTNER_COMPLIANCE, raiseAt, "GMP certificate expired: "
                + facts.certificateId(), "Raised by " + NAME + " v" + VERSION + ": " + what + ".", null, null, null,
                true, what + ": raised the risk");
    }

    private static String describe(CertificateExpiryFacts facts) {
        return "GMP certificate " + facts.certificateId() + (facts.authority() == null ? "" : " (" + facts.authority()
                + ")") + (facts.siteId() == null ? "" : " of site " + facts.siteId()) + " expiring on "
                + facts.expiresOn();
    }
}
