package com.partnershipgovernance.partner.scorecard.domain;

/**
 * What a criterion measures, as far as the selection rules care: the cost-driven-choice warning
 * compares candidates on {@link #COST} criteria against {@link #VALUE} criteria.
 */
public enum CriterionKind {
    /** What the partner delivers: scientific and technical expertise, compliance record, capacity. */
    VALUE,
    /** Cost and total value: price, payment terms, total cost of the engagement. */
    COST,
    /** Everything else, e.g. communication and responsiveness, cultural fit. */
    OTHER
}
