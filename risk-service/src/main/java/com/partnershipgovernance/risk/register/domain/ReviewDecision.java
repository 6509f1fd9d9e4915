package com.partnershipgovernance.risk.register.domain;

/** What a periodic review of a risk concluded. */
public enum ReviewDecision {
    /** The risk and its score stand as they are. */
    NO_CHANGE,
    /** The score no longer reflects the risk: the owner re-scores it. */
    RESCORE_NEEDED,
    /** The risk goes to the steering committee. */
    ESCALATE,
    /** The risk can no longer happen: the owner closes it. */
    CLOSE_RECOMMENDED
}
