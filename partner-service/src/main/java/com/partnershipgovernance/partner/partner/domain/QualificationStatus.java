package com.partnershipgovernance.partner.partner.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partner stands in the sponsor's qualification lifecycle, and which moves are allowed:
 * PROSPECT to UNDER_EVALUATION; an evaluation ends QUALIFIED, CONDITIONALLY_APPROVED or
 * DISQUALIFIED; an approved partner can be suspended or disqualified; a suspension ends in
 * reinstatement or disqualification; a disqualified partner can be re-evaluated.
 */
public enum QualificationStatus {
    PROSPECT, UNDER_EVALUATION, QUALIFIED, CONDITIONALLY_APPROVED, SUSPENDED, DISQUALIFIED;

    /** The statuses this one may move to. */
    public Set<QualificationStatus> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(UNDER_EVALUATION);
            case UNDER_EVALUATION -> EnumSet.of(QUALIFIED, CONDITIONALLY_APPROVED, DISQUALIFIED);
            case CONDITIONALLY_APPROVED -> EnumSet.of(QUALIFIED, SUSPENDED, DISQUALIFIED);
            case QUALIFIED -> EnumSet.of(SUSPENDED, DISQUALIFIED);
            case SUSPENDED -> EnumSet.of(QUALIFIED, CONDITIONALLY_APPROVED, DISQUALIFIED);
            case DISQUALIFIED -> EnumSet.of(UNDER_EVALUATION);
        };
    }

    public boolean canMoveTo(QualificationStatus to) {
        return next().contains(to);
    }

    /** Moving here approves the partner: it needs an electronic signature by quality. */
    public boolean isApproval() {
        return this == QUALIFIED || this == CONDITIONALLY_APPROVED;
    }
}
