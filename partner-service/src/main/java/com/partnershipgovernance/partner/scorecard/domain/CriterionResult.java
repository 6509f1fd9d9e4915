package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One candidate on one criterion: the mean of every evaluator's score, that mean normalised to 0..1,
 * its contribution to the total (normalised x weight; 0 while nobody scored), and each function's own
 * mean. Values are exact; callers round for display.
 *
 * @param mean          null while nobody scored
 * @param normalised    null while nobody scored
 * @param functionMeans the mean of each scoring function's evaluators
 */
public record CriterionResult(CriterionDefinition criterion, int scoreCount, BigDecimal mean, BigDecimal normalised,
                              BigDecimal contribution, Map<EvaluatingFunction, BigDecimal> functionMeans) {

    public CriterionResult {
        functionMeans = Collections.unmodifiableMap(functionMeans.isEmpty()
                ? new EnumMap<>(EvaluatingFunction.class) : new EnumMap<>(functionMeans));
    }

    public boolean scored() {
        return scoreCount > 0;
    }

    public Set<EvaluatingFunction> scoredBy() {
        return functionMeans.isEmpty() ? EnumSet.noneOf(EvaluatingFunction.class) : EnumSet.copyOf(functionMeans.keySet());
    }

    /** The required functions that have not scored this candidate on this criterion. */
    public Set<EvaluatingFunction> missingFunctions() {
        Set<EvaluatingFunction> missing = criterion.requiredFunctions().isEmpty()
                ? EnumSet.noneOf(EvaluatingFunction.class) : EnumSet.copyOf(criterion.requiredFunctions());
        missing.removeAll(functionMeans.keySet());
        return missing;
    }

    public String code() {
        return criterion.code();
    }
}
