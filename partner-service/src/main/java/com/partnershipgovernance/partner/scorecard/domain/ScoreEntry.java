package com.partnershipgovernance.partner.scorecard.domain;

import java.util.UUID;

/** One evaluator's current score of one candidate on one criterion, as the ranking reads it. */
public record ScoreEntry(UUID candidatePartnerId, String criterionCode, EvaluatingFunction function,
                         String evaluatorId, int score) {
}
