package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Ranks the candidates of a selection side by side. Per criterion the mean of all evaluators' scores
 * is normalised to 0..1 ({@code (mean - min) / (max - min)}) and multiplied by the criterion's weight;
 * a candidate's total is the sum, out of 100. A criterion nobody scored contributes 0 (and the
 * candidate is not {@link CandidateResult#complete() complete}). Arithmetic is exact decimal;
 * {@link #points} rounds for display, and candidates whose rounded totals are equal share a rank.
 */
public final class WeightedRanking {

    static final MathContext MATH = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScale scale;
    private final List<CriterionDefinition> criteria;
    private final List<CandidateResult> candidates;

    private WeightedRanking(ScoringScale scale, List<CriterionDefinition> criteria, List<CandidateResult> candidates) {
        this.scale = scale;
        this.criteria = List.copyOf(criteria);
        this.candidates = List.copyOf(candidates);
    }

    /** Ranks {@code candidates} on {@code criteria} from the evaluators' current {@code scores}. */
    public static WeightedRanking of(ScoringScale scale, List<CriterionDefinition> criteria,
                                     List<Candidate> candidates, List<ScoreEntry> scores) {
        List<CandidateResult> unranked = candidates.stream()
                .map(c -> evaluate(c, scale, criteria, scores.stream()
                        .filter(s -> s.candidatePartnerId().equals(c.partnerId())).toList()))
                .sorted(Comparator.comparing(CandidateResult::total).reversed()
                        .thenComparing(r -> String.valueOf(r.candidate().name()))
                        .thenComparing(r -> r.candidate().partnerId()))
                .toList();
        List<CandidateResult> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            CandidateResult result = unranked.get(i);
            boolean tied = i > 0 && points(result.total()).compareTo(points(unranked.get(i - 1).total())) == 0;
            ranked.add(result.ranked(tied ? ranked.get(i - 1).rank() : i + 1));
        }
        return new WeightedRanking(scale, criteria, ranked);
    }

    private static CandidateResult evaluate(Candidate candidate, ScoringScale scale, List<CriterionDefinition> criteria,
                                            List<ScoreEntry> scores) {
        List<CriterionResult> results = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionDefinition criterion : criteria) {
            CriterionResult result = criterionResult(scale, criterion, scores.stream()
                    .filter(s -> s.criterionCode().equals(criterion.code())).toList());
            results.add(result);
            total = total.add(result.contribution());
        }
        List<FunctionResult> functions = new ArrayList<>();
        for (EvaluatingFunction function : EvaluatingFunction.values()) {
            List<CriterionResult> scoredByIt = results.stream()
                    .filter(r -> r.functionMeans().containsKey(function)).toList();
            if (!scoredByIt.isEmpty()) {
                functions.add(new FunctionResult(function, scoredByIt.size(),
                        weightedShare(scoredByIt, r -> scale.normalise(r.functionMeans().get(function)))));
            }
        }
        return new CandidateResult(candidate, 0, total, results, functions,
                kindScore(results, CriterionKind.VALUE), kindScore(results, CriterionKind.COST));
    }

    private static CriterionResult criterionResult(ScoringScale scale, CriterionDefinition criterion,
                                                   List<ScoreEntry> scores) {
        Map<EvaluatingFunction, BigDecimal> functionMeans = new EnumMap<>(EvaluatingFunction.class);
        for (EvaluatingFunction function : EvaluatingFunction.values()) {
            List<ScoreEntry> ofFunction = scores.stream().filter(s -> s.function() == function).toList();
            if (!ofFunction.isEmpty()) {
                functionMeans.put(function, mean(ofFunction));
            }
        }
        if (scores.isEmpty()) {
            return new CriterionResult(criterion, 0, null, null, BigDecimal.ZERO, functionMeans);
        }
        BigDecimal mean = mean(scores);
        BigDecimal normalised = scale.normalise(mean);
        return new CriterionResult(criterion, scores.size(), mean, normalised,
                normalised.multiply(BigDecimal.valueOf(criterion.weight()), MATH), functionMeans);
    }

    /** The score on 0..100 over the scored criteria of {@code kind}, weighted; null when none was scored. */
    private static BigDecimal kindScore(List<CriterionResult> results, CriterionKind kind) {
        List<CriterionResult> ofKind = results.stream()
                .filter(r -> r.criterion().kind() == kind && r.scored()).toList();
        return ofKind.isEmpty() ? null : weightedShare(ofKind, CriterionResult::normalised);
    }

    /** sum(normalised x weight) / sum(weight) x 100 over {@code results}. */
    private static BigDecimal weightedShare(List<CriterionResult> results,
                                            java.util.function.Function<CriterionResult, BigDecimal> normalised) {
        BigDecimal points = BigDecimal.ZERO;
        int weights = 0;
        for (CriterionResult result : results) {
            points = points.add(normalised.apply(result).multiply(BigDecimal.valueOf(result.criterion().weight())));
            weights += result.criterion().weight();
        }
        return points.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), MATH);
    }

    private static BigDecimal mean(List<ScoreEntry> scores) {
        int sum = scores.stream().mapToInt(ScoreEntry::score).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), MATH);
    }

    /** A value rounded for display: two decimals, half up. */
    public static BigDecimal points(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The candidates, best first. */
    public List<CandidateResult> candidates() {
        return candidates;
    }

    /** The candidates ranked first (more than one when tied). */
    public List<CandidateResult> leaders() {
        return candidates.stream().filter(c -> c.rank() == 1).toList();
    }

    public Optional<CandidateResult> candidate(UUID partnerId) {
        return candidates.stream().filter(c -> c.candidate().partnerId().equals(partnerId)).findFirst();
    }

    public List<CandidateResult> candidatesExcept(Predicate<CandidateResult> excluded) {
        return candidates.stream().filter(excluded.negate()).toList();
    }

    public List<CriterionDefinition> criteria() {
        return criteria;
    }

    public ScoringScale scale() {
        return scale;
    }
}
