package com.partnershipgovernance.agreement.lifecycle.domain;

/** What a routine periodic review of an executed agreement concluded. */
public enum ReviewOutcome {
    /** The agreement still fits the partnership as it stands. */
    CONTINUE_AS_IS,
    /** The agreement stays in force, but an amendment is to be drafted. */
    AMENDMENT_REQUIRED,
    /** The reviewers recommend ending the agreement (its termination is a separate, signed move). */
    TERMINATION_RECOMMENDED
}
