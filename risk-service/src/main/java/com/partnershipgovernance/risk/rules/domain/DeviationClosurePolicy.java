package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.Optional;

/**
 * deviation-closure-proposal v1: a closed deviation never lowers a score by itself. When the deviation
 * raised or re-scored a risk that is still live, it proposes a lower score for the owner's review:
 * the score the risk had before the deviation re-scored it, or, for a risk the deviation raised,
 * likelihood - 1 (the deviation is contained; the hazard stays). No proposal when that is not lower.
 */
public final class DeviationClosurePolicy {

    public static final String NAME = "deviation-closure-proposal";
    public static final int VERSION = 1;

    /**
     * @param affected the live risk the deviation raised or re-scored, if any
     */
    public RuleDecision decide(DeviationClosureFacts facts, Optional<LiveRisk> affected) {
        if (affected.isEmpty()) {
            return new RuleDecision.NoChange("Deviation " + facts.deviationId() + " changed no live risk");
        }
        RiskScore current = affected.get().score();
        RiskScore proposed = facts.scoreBeforeDeviation() != null ? facts.scoreBeforeDeviation()
                : new RiskScore(Math.max(RiskScore.MIN, current.likelihood() - 1), current.impact());
        if (!current.isAbove(proposed)) {
            return new RuleDecision.NoChange("Deviation " + facts.deviationId() + " closed; the risk at " + current
                    + " is not above " + proposed);
        }
        String capa = facts.capaCount() == null ? "" : ", " + facts.capaCount() + " CAPA";
        String rootCause = facts.rootCause() == null || facts.rootCause().isBlank() ? ""
                : ", root cause: " + facts.rootCause();
        return new RuleDecision.Propose(affected.get().riskId(), current, proposed, "Deviation "
                + facts.deviationId() + " closed on " + facts.closedOn() + capa + rootCause + ": propose "
                + proposed + " instead of " + current);
    }
}
