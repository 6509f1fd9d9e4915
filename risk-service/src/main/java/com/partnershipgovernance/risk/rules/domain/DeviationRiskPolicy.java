package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.Optional;

/**
 * deviation-risk v1: a CRITICAL or MAJOR deviation raises a risk of its category for the partner, or
 * re-scores upward the partner's live risk of that category.
 * <ul>
 *   <li>Category: BATCH_FAILURE, OOS_RESULT to BATCH_FAILURE_OR_OOS; MISSED_NOTIFICATION, DOCUMENTATION to
 *   QUALITY_SYSTEM; EQUIPMENT to SUPPLY_CHAIN_DISRUPTION; anything else to OTHER.</li>
 *   <li>Starting score by severity (configured; CRITICAL 4 x 5, MAJOR 3 x 4). MINOR or unclassified: nothing.</li>
 *   <li>A live risk gets the larger likelihood and impact of its own and the starting score; when that
 *   changes nothing, a further deviation still makes the risk more likely: likelihood + 1, up to 5.</li>
 *   <li>The same deviation counts once: a reclassification upward lifts to the new severity's score
 *   without the + 1; the same or a lower severity again changes nothing.</li>
 * </ul>
 */
public final class DeviationRiskPolicy {

    public static final String NAME = "deviation-risk";
    public static final int VERSION = 1;

    private final RiskScore critical;
    private final RiskScore major;

    public DeviationRiskPolicy(RiskScore critical, RiskScore major) {
        this.critical = critical;
        this.major = major;
    }

    /** The register category of a deviation category. */
    public static RiskCategory categoryOf(String deviationCategory) {
        return switch (deviationCategory == null ? "" : deviationCategory) {
            case "BATCH_FAILURE", "OOS_RESULT" -> RiskCategory.BATCH_FAILURE_OR_OOS;
            case "MISSED_NOTIFICATION", "DOCUMENTATION" -> RiskCategory.QUALITY_SYSTEM;
            case "EQUIPMENT" -> RiskCategory.SUPPLY_CHAIN_DISRUPTION;
            default -> RiskCategory.OTHER;
        };
    }

    /** The starting score of a severity, empty for one that raises no risk. */
    public Optional<RiskScore> startingScore(String severity) {
        if ("CRITICAL".equals(severity)) {
            return Optional.of(critical);
        }
        return "MAJOR".equals(severity) ? Optional.of(major) : Optional.empty();
    }

    /**
     * @param live the partner's live risk of the deviation's register category, if any
     */
    public RuleDecision decide(DeviationFacts facts, Optional<LiveRisk> live) {
        Optional<RiskScore> start = startingScore(facts.severity());
        if (start.isEmpty()) {
            return new RuleDecision.NoChange("Severity " + facts.severity() + " raises no risk");
        }
        if (facts.alreadyApplied() != null && rank(facts.severity()) <= rank(facts.alreadyApplied())) {
            return new RuleDecision.NoChange("Deviation " + label(facts) + " was already counted as "
                    + facts.alreadyApplied());
        }
        RiskCategory category = categoryOf(facts.category());
        String what = facts.severity() + " " + facts.category() + " deviation " + label(facts);
        if (live.isEmpty()) {
            return new RuleDecision.Raise(category, start.get(), what, "Raised by " + NAME + " v" + VERSION
                    + " from " + what + ".", null, facts.sowId(), null, true, what + " raised the risk");
        }
        RiskScore current = live.get().score();
        RiskScore target = current.atLeast(start.get());
        boolean newOccurrence = facts.alreadyApplied() == null;
        if (target.equals(current) && newOccurrence) {
            target = current.moreLikely(1);
        }
        if (target.equals(current)) {
            return new RuleDecision.NoChange(what + " leaves the risk at " + current + " (already at the maximum)");
        }
        return new RuleDecision.Rescore(live.get().riskId(), category, current, target, facts.sowId(),
                what + " re-scored the risk from " + current.value() + " to " + target.value());
    }

    /** The highest of {@code severities}, null when there is none. */
    public static String highestOf(java.util.Collection<String> severities) {
        return severities.stream().max(java.util.Comparator.comparingInt(DeviationRiskPolicy::rank)).orElse(null);
    }

    private static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "CRITICAL" -> 3;
            case "MAJOR" -> 2;
            case "MINOR" -> 1;
            default -> 0;
        };
    }

    private static String label(DeviationFacts facts) {
        return facts.externalRef() != null && !facts.externalRef().isBlank() ? facts.externalRef()
                : facts.deviationId().toString();
    }
}
