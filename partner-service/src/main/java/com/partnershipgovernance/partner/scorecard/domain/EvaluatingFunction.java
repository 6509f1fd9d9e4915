package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.security.Roles;

/**
 * A sponsor function that evaluates candidates. An evaluator scores as one function, which must be
 * one of their roles ({@link #role()}); admin holds them all.
 */
public enum EvaluatingFunction {
    RND(Roles.RND),
    QUALITY(Roles.QUALITY),
    REGULATORY(Roles.REGULATORY),
    LEGAL(Roles.LEGAL),
    FINANCE(Roles.FINANCE),
    SUPPLY_CHAIN(Roles.SUPPLY_CHAIN),
    CLINICAL(Roles.CLINICAL);

    private final String role;

    EvaluatingFunction(String role) {
        this.role = role;
    }

    /** The role ({@code groups} claim) a caller needs to score or sign as this function. */
    public String role() {
        return role;
    }
}
