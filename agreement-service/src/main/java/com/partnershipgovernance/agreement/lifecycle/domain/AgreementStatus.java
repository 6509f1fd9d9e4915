package com.partnershipgovernance.agreement.lifecycle.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one version of an agreement (MSA, SOW or quality agreement) stands, and which explicit moves are
 * allowed: DRAFT to IN_REVIEW; a review returns the draft with comments (DRAFT) or approves it; an approved
 * version is executed; an executed one is suspended, expires or is terminated; a suspended one is
 * reinstated (EXECUTED), expires or is terminated. SUPERSEDED is never chosen: a version becomes
 * SUPERSEDED when the amendment that replaces it is executed.
 */
public enum AgreementStatus {
    DRAFT, IN_REVIEW, APPROVED, EXECUTED, SUSPENDED, EXPIRED, TERMINATED, SUPERSEDED;

    /** The statuses this one may be moved to by an explicit action (or the expiry job). */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, APPROVED);
            case APPROVED -> EnumSet.of(EXECUTED);
            case EXECUTED -> EnumSet.of(SUSPENDED, EXPIRED, TERMINATED);
            // a suspended agreement still ends: it can run out or be terminated without a reinstatement first
            case SUSPENDED -> EnumSet.of(EXECUTED, EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED, SUPERSEDED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean canMoveTo(AgreementStatus to) {
        return next().contains(to);
    }

    /** Moving here is a signed decision (Part 11): approval and execution (including reinstatement). */
    public boolean needsSignature() {
        return this == APPROVED || this == EXECUTED;
    }

    /** The version is the one binding the parties (executed, possibly suspended). */
    public boolean isInForce() {
        return this == EXECUTED || this == SUSPENDED;
    }

    /** Only a draft's terms may be edited. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
