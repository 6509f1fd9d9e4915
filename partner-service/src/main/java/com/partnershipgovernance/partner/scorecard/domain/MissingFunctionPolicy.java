package com.partnershipgovernance.partner.scorecard.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Warns when a function required on a criterion has not scored a candidate on it: leaving a
 * stakeholder out of a partner choice is a classic failure. A function that scored none of its
 * criteria for a candidate gets one warning for the candidate; otherwise one per missing criterion.
 */
public final class MissingFunctionPolicy {

    public List<SelectionWarning> check(WeightedRanking ranking) {
        List<SelectionWarning> warnings = new ArrayList<>();
        for (CandidateResult candidate : ranking.candidates()) {
            Map<EvaluatingFunction, List<String>> missing = new EnumMap<>(EvaluatingFunction.class);
            Map<EvaluatingFunction, Integer> required = new EnumMap<>(EvaluatingFunction.class);
            for (CriterionResult criterion : candidate.criteria()) {
                criterion.criterion().requiredFunctions().forEach(f -> required.merge(f, 1, Integer::sum));
                criterion.missingFunctions().forEach(f -> missing.computeIfAbsent(f, k -> new ArrayList<>())
                        .add(criterion.code()));
            }
            missing.forEach((function, codes) -> {
                if (codes.size() == required.get(function)) {
                    warnings.add(warning(candidate, null, function, function + " has not scored "
                            + candidate.candidate().name() + " at all (required on " + String.join(", ", codes) + ")"));
                } else {
                    codes.forEach(code -> warnings.add(warning(candidate, code, function, function
                            + " has not scored " + candidate.candidate().name() + " on " + code)));
                }
            });
        }
        return warnings;
    }

    private static SelectionWarning warning(CandidateResult candidate, String criterionCode,
                                            EvaluatingFunction function, String message) {
        return new SelectionWarning(WarningCode.MISSING_FUNCTION, candidate.candidate().partnerId(), criterionCode,
                List.of(function), null, null, message);
    }
}
