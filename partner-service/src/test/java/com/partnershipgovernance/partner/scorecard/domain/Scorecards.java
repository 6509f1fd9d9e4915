package com.partnershipgovernance.partner.scorecard.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Builds scorecards, candidates and scores for the plain tests of the arithmetic and the policies. */
final class Scorecards {

    private final ScoringScale scale;
    private final List<CriterionDefinition> criteria = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<ScoreEntry> scores = new ArrayList<>();

    private Scorecards(int min, int max) {
        this.scale = new ScoringScale(min, max);
    }

    static Scorecards onScale(int min, int max) {
        return new Scorecards(min, max);
    }

    Scorecards criterion(String code, int weight, CriterionKind kind, EvaluatingFunction... required) {
        criteria.add(new CriterionDefinition(code, code.charAt(0) + code.substring(1).toLowerCase(), null, weight,
                kind, EnumSet.of(required[0], required)));
        return this;
    }

    UUID candidate(String name) {
        UUID id = UUID.randomUUID();
        candidates.add(new Candidate(id, name));
        return id;
    }

    /** A score by a fresh evaluator of {@code function}. */
    Scorecards score(UUID candidate, String criterion, EvaluatingFunction function, int score) {
        scores.add(new ScoreEntry(candidate, criterion, function, "u-" + UUID.randomUUID(), score));
        return this;
    }

    WeightedRanking rank() {
        return WeightedRanking.of(scale, criteria, candidates, scores);
    }
}
