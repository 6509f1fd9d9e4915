package com.partnershipgovernance.risk.rules.domain;

/** What a rule firing did to the register. */
public enum FiringOutcome {
    RAISED, RESCORED, PROPOSED, LINKED, NO_CHANGE
}
