package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.Optional;

/**
 * missed-milestone-risk v1: a missed milestone raises a risk for its SOW, or re-scores upward the live
 * risk of that SOW and category.
 * <ul>
 *   <li>Category by SOW kind: CLINICAL to CLINICAL_DELAY_OR_LOW_ENROLMENT, MANUFACTURING to
 *   SUPPLY_CHAIN_DISRUPTION, REGULATORY to REGULATORY_REWORK, any other to OTHER.</li>
 *   <li>Score: the configured first-miss score (3 x 3), likelihood + 1 for each further miss on the SOW
 *   ({@code missCountForSow} - 1), up to 5.</li>
 *   <li>A live risk gets the larger likelihood and impact of its own and that score; never lower.</li>
 * </ul>
 */
public final class MissedMilestonePolicy {

    public static final String NAME = "missed-milestone-risk";
    public static final int VERSION = 1;

    private final RiskScore firstMiss;

    public MissedMilestonePolicy(RiskScore firstMiss) {
        this.firstMiss = firstMiss;
    }

    /** The register category of a SOW kind. */
    public static RiskCategory categoryOf(String sowKind) {
        return switch (sowKind == null ? "" : sowKind) {
            case "CLINICAL" -> RiskCategory.CLINICAL_DELAY_OR_LOW_ENROLMENT;
            case "MANUFACTURING" -> RiskCategory.SUPPLY_CHAIN_DISRUPTION;
            case "REGULATORY" -> RiskCategory.REGULATORY_REWORK;
            default -> RiskCategory.OTHER;
        };
    }

    /** The score after {@code missCount} misses on one SOW. */
    public RiskScore scoreAfter(int missCount) {
        return firstMiss.moreLikely(Math.max(0, missCount - 1));
    }

    /**
     * @param live the live risk of the SOW in the kind's category, if any
     */
    public RuleDecision decide(MissedMilestoneFacts facts, Optional<LiveRisk> live) {
        RiskCategory category = categoryOf(facts.sowKind());
        RiskScore score = scoreAfter(facts.missCountForSow());
        String what = "Milestone '" + facts.name() + "' missed (" + facts.daysOverdue() + " days overdue, miss "
                + facts.missCountForSow() + " on its " + facts.sowKind() + " SOW)";
        if (live.isEmpty()) {
            return new RuleDecision.Raise(category, score, "Delivery risk on SOW: " + facts.name() + " missed",
                    "Raised by " + NAME + " v" + VERSION + ": " + what + ".", facts.msaId(), facts.sowId(),
                    facts.milestoneId(), true, what + " raised the risk");
        }
        RiskScore current = live.get().score();
        RiskScore target = current.atLeast(score);
        if (target.equals(current)) {
            return new RuleDecision.NoChange(what + " leaves the risk at " + current);
        }
        return new RuleDecision.Rescore(live.get().riskId(), category, current, target, facts.sowId(),
                what + " re-scored the risk from " + current.value() + " to " + target.value());
    }
}
