package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One candidate's place in a selection: rank (equal totals share a rank), weighted total out of 100,
 * the per-criterion and per-function breakdowns, and its score on the value and on the cost criteria
 * (0..100 over the criteria of that kind that were scored; null when none was).
 */
public record CandidateResult(Candidate candidate, int rank, BigDecimal total, List<CriterionResult> criteria,
                              List<FunctionResult> functions, BigDecimal valueScore, BigDecimal costScore) {

    public CandidateResult {
        criteria = List.copyOf(criteria);
        functions = List.copyOf(functions);
    }

    /** Whether every criterion has at least one score. */
    public boolean complete() {
        return criteria.stream().allMatch(CriterionResult::scored);
    }

    public Optional<CriterionResult> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<FunctionResult> function(EvaluatingFunction function) {
        return functions.stream().filter(f -> f.function() == function).findFirst();
    }

    CandidateResult ranked(int newRank) {
        return new CandidateResult(candidate, newRank, total, criteria, functions, valueScore, costScore);
    }
}
