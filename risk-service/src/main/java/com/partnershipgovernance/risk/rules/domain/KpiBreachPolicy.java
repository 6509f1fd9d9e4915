package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.List;
import java.util.Optional;

/**
 * kpi-breach-evidence v1: a KPI breached (RED) is evidence for the partner's live risk of the matching
 * category, and is linked to it without changing its score; with no such risk, it raises one at the
 * configured score (3 x 3). Matching categories, the most severe live risk first:
 * QUALITY to BATCH_FAILURE_OR_OOS or QUALITY_SYSTEM (raises QUALITY_SYSTEM); PERFORMANCE to the
 * delivery categories of the SOW kinds, CLINICAL_DELAY_OR_LOW_ENROLMENT, SUPPLY_CHAIN_DISRUPTION,
 * REGULATORY_REWORK or OTHER (raises OTHER: the event names no SOW); RESPONSIVENESS to
 * PARTNER_CAPACITY_OR_TURNOVER; COST to FINANCIAL. A breach of the same KPI for the same period is
 * recorded once.
 */
public final class KpiBreachPolicy {

    public static final String NAME = "kpi-breach-evidence";
    public static final int VERSION = 1;

    private final RiskScore raiseAt;

    public KpiBreachPolicy(RiskScore raiseAt) {
        this.raiseAt = raiseAt;
    }

    /** The register categories a KPI category's breach is evidence for, the one raised first. */
    public static List<RiskCategory> categoriesOf(String kpiCategory) {
        return switch (kpiCategory == null ? "" : kpiCategory) {
            case "QUALITY" -> List.of(RiskCategory.QUALITY_SYSTEM, RiskCategory.BATCH_FAILURE_OR_OOS);
            case "PERFORMANCE" -> List.of(RiskCategory.OTHER, RiskCategory.CLINICAL_DELAY_OR_LOW_ENROLMENT,
                    RiskCategory.SUPPLY_CHAIN_DISRUPTION, RiskCategory.REGULATORY_REWORK);
            case "RESPONSIVENESS" -> List.of(RiskCategory.PARTNER_CAPACITY_OR_TURNOVER);
            case "COST" -> List.of(RiskCategory.FINANCIAL);
            default -> List.of(RiskCategory.OTHER);
        };
    }

    /**
     * @param live the partner's most severe live risk in one of the matching categories, if any
     */
    public RuleDecision decide(KpiBreachFacts facts, Optional<LiveRisk> live) {
        String what = "KPI " + facts.kpiCode() + " (" + facts.kpiCategory() + ") breached in " + facts.period()
                + ": " + facts.value() + " against target " + facts.target();
        if (facts.alreadyRecorded()) {
            return new RuleDecision.NoChange(what + " was recorded before");
        }
        if (live.isPresent()) {
            return new RuleDecision.Link(live.get().riskId(), what + " linked as evidence");
        }
        return new RuleDecision.Raise(categoriesOf(facts.kpiCategory()).get(0), raiseAt, "KPI breach: "
                + facts.kpiCode(), "Raised by " + NAME + " v" + VERSION + ": " + what + ".", null, null, null, true,
                what + " raised the risk");
    }
}
