package com.partnershipgovernance.partner.scorecard.domain;

import java.util.UUID;

/** What an evaluator submits: a score for one candidate on one criterion, as one function, with a comment. */
public record ScoreSubmission(UUID candidatePartnerId, String criterionCode, EvaluatingFunction function, int score,
                              String comment) {
}
