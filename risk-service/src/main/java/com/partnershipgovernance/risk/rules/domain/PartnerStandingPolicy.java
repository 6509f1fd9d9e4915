package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * partner-standing-risk v1: a partner SUSPENDED or DISQUALIFIED raises a PARTNER_COMPLIANCE risk (the
 * sponsor's own, not joint), or lifts the partner's live one to at least the configured score
 * (SUSPENDED 4 x 4, DISQUALIFIED 5 x 5), and links that risk to every agreement of the partner in force.
 * Any other qualification change does nothing.
 */
public final class PartnerStandingPolicy {

    public static final String NAME = "partner-standing-risk";
    public static final int VERSION = 1;

    private final RiskScore suspended;
    private final RiskScore disqualified;

    public PartnerStandingPolicy(RiskScore suspended, RiskScore disqualified) {
        this.suspended = suspended;
        this.disqualified = disqualified;
    }

    public Optional<RiskScore> scoreOf(String to) {
        if ("SUSPENDED".equals(to)) {
            return Optional.of(suspended);
        }
        return "DISQUALIFIED".equals(to) ? Optional.of(disqualified) : Optional.empty();
    }

    /** The agreements the raised or re-scored risk is linked to: those in force, for a suspension or disqualification. */
    public List<UUID> agreementsToLink(PartnerStandingFacts facts) {
        return scoreOf(facts.to()).isPresent() ? facts.agreementsInForce() : List.of();
    }

    /**
     * @param live the partner's live PARTNER_COMPLIANCE risk, if any
     */
    public RuleDecision decide(PartnerStandingFacts facts, Optional<LiveRisk> live) {
        Optional<RiskScore> score = scoreOf(facts.to());
        if (score.isEmpty()) {
            return new RuleDecision.NoChange("Qualification " + facts.to() + " raises no risk");
        }
        String what = "Partner " + facts.to() + " (from " + facts.from() + "): " + facts.reason();
        if (live.isEmpty()) {
            return new RuleDecision.Raise(RiskCategory.PARTNER_COMPLIANCE, score.get(), "Partner " + facts.to(),
                    "Raised by " + NAME + " v" + VERSION + ": " + what, null, null, null, false,
                    what + " raised the risk");
        }
        RiskScore current = live.get().score();
        RiskScore target = current.atLeast(score.get());
        if (target.equals(current)) {
            return new RuleDecision.NoChange(what + " leaves the risk at " + current);
        }
        return new RuleDecision.Rescore(live.get().riskId(), RiskCategory.PARTNER_COMPLIANCE, current, target, null,
                what + " re-scored the risk from " + current.value() + " to " + target.value());
    }
}
