package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.problem.ValidationException;

/**
 * Likelihood and impact of a risk, each on the 1 (rare, negligible) to 5 (almost certain, severe)
 * scale; the score is their product, 1 to 25.
 */
public record RiskScore(int likelihood, int impact) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    /**
     * @throws ValidationException naming {@code likelihood} or {@code impact} outside 1..5
     */
    public RiskScore {
        requireOnScale("likelihood", likelihood);
        requireOnScale("impact", impact);
    }

    /** The same score under other field names, for residual or proposed scores. */
    public static RiskScore of(int likelihood, int impact, String likelihoodField, String impactField) {
        requireOnScale(likelihoodField, likelihood);
        requireOnScale(impactField, impact);
        return new RiskScore(likelihood, impact);
    }

    public int value() {
        return likelihood * impact;
    }

    public Rag rag(RagBands bands) {
        return bands.rag(value());
    }

    /** Whether this score is at least as high as {@code other} on both axes and higher on one. */
    public boolean isAbove(RiskScore other) {
        return likelihood >= other.likelihood && impact >= other.impact && !equals(other);
    }

    /** The larger likelihood and the larger impact of both: re-scoring by an event never lowers either. */
    public RiskScore atLeast(RiskScore other) {
        return new RiskScore(Math.max(likelihood, other.likelihood), Math.max(impact, other.impact));
    }

    /** Likelihood raised by {@code steps}, capped at 5. */
    public RiskScore moreLikely(int steps) {
        return new RiskScore(Math.min(MAX, likelihood + steps), impact);
    }

    private static void requireOnScale(String field, int value) {
        if (value < MIN || value > MAX) {
            throw new ValidationException(field, "must be between " + MIN + " and " + MAX);
        }
    }

    @Override
    public String toString() {
        return likelihood + " x " + impact + " = " + value();
    }
}
