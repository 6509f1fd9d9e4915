package com.partnershipgovernance.partner.scorecard.domain;

import java.util.ArrayList;
import java.util.List;

/** Every warning of a selection's ranking: missing functions, a cost-driven choice, functions that disagree. */
public final class SelectionWarnings {

    private SelectionWarnings() {
    }

    public static List<SelectionWarning> of(WeightedRanking ranking, RankingThresholds thresholds) {
        List<SelectionWarning> warnings = new ArrayList<>(new MissingFunctionPolicy().check(ranking));
        warnings.addAll(new CostDrivenChoicePolicy(thresholds.costDrivenMargin()).check(ranking));
        warnings.addAll(new FunctionDisagreementPolicy(thresholds.disagreementSpread()).check(ranking));
        return List.copyOf(warnings);
    }
}
