package com.partnershipgovernance.risk.scenario.api;

import com.partnershipgovernance.risk.register.api.HeatMapView;
import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.rules.domain.RuleDecision;
import com.partnershipgovernance.risk.scenario.ScenarioPlanner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What the register would look like after the hypothetical event; nothing was stored. */
@Schema(name = "Scenario")
public record ScenarioView(@Schema(example = "deviation-risk") String policy,
                           @Schema(example = "1") int policyVersion,
                           @Schema(description = "RAISED, RESCORED, PROPOSED (a re-score waiting for its owner), "
                                   + "LINKED (evidence, score unchanged) or NO_CHANGE", example = "RESCORED")
                           String outcome,
                           String explanation,
                           @Schema(description = "the risk raised or re-scored; null when nothing changes")
                           Change change,
                           HeatMapView heatMapBefore,
                           HeatMapView heatMapAfter,
                           @Schema(example = "83") int totalExposureBefore,
                           @Schema(example = "91") int totalExposureAfter) {

    /** The risk the event would raise (no id yet), re-score, or propose to re-score (no category then). */
    @Schema(name = "ScenarioChange")
    public record Change(UUID riskId, RiskCategory category, Integer previousScore, Rag previousRag,
                         @Schema(example = "4") int likelihood, @Schema(example = "5") int impact,
                         @Schema(example = "20") int score, @Schema(example = "RED") Rag rag) {
    }

    static ScenarioView of(ScenarioPlanner.Outcome outcome, RagBands bands) {
        RuleDecision decision = outcome.evaluation().decision();
        Change change = null;
        String kind = "NO_CHANGE";
        if (decision instanceof RuleDecision.Raise raise) {
            kind = "RAISED";
            change = change(null, raise.category(), null, raise.score(), bands);
        } else if (decision instanceof RuleDecision.Propose propose) {
            kind = "PROPOSED";
            change = change(propose.riskId(), null, propose.from(), propose.to(), bands);
        } else if (decision instanceof RuleDecision.Link) {
            kind = "LINKED";
        } else if (decision instanceof RuleDecision.Rescore rescore) {
            kind = "RESCORED";
            change = change(rescore.riskId(), rescore.category(), rescore.from(), rescore.to(), bands);
        }
        return new ScenarioView(outcome.evaluation().policy(), outcome.evaluation().policyVersion(), kind,
                decision.explanation(), change, HeatMapView.of(outcome.before()), HeatMapView.of(outcome.after()),
                outcome.before().totalExposure(), outcome.after().totalExposure());
    }

    private static Change change(UUID riskId, RiskCategory category, RiskScore from, RiskScore to, RagBands bands) {
        return new Change(riskId, category, from == null ? null : from.value(), from == null ? null : from.rag(bands),
                to.likelihood(), to.impact(), to.value(), to.rag(bands));
    }
}
