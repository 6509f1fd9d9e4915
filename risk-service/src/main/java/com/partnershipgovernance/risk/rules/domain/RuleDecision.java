package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.UUID;

/** What a policy decided for one event: raise a risk, re-score a live one upward, or leave the register alone. */
public sealed interface RuleDecision {

    /** Why, in words kept as the reason of the change (or of doing nothing). */
    String explanation();

    /**
     * Raise a new risk.
     *
     * @param joint whether the partner's users see it
     */
    record Raise(RiskCategory category, RiskScore score, String title, String description, UUID agreementId,
                 UUID sowId, UUID milestoneId, boolean joint, String explanation) implements RuleDecision {
    }

    /** Re-score the live risk {@code riskId} from {@code from} up to {@code to}. */
    record Rescore(UUID riskId, RiskCategory category, RiskScore from, RiskScore to, UUID sowId,
                   String explanation) implements RuleDecision {
    }

    /** Propose re-scoring the live risk {@code riskId} from {@code from} to {@code to}: its owner decides. */
    record Propose(UUID riskId, RiskScore from, RiskScore to, String explanation) implements RuleDecision {
    }

    /** Link the event to the live risk {@code riskId} as evidence, its score unchanged. */
    record Link(UUID riskId, String explanation) implements RuleDecision {
    }

    /** Change nothing. */
    record NoChange(String explanation) implements RuleDecision {
    }
}
