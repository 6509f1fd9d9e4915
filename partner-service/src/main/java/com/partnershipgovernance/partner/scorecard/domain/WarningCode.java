package com.partnershipgovernance.partner.scorecard.domain;

/** The kinds of warning a selection's ranking raises. */
public enum WarningCode {
    /** A function required on a criterion has not scored a candidate (stakeholders left out). */
    MISSING_FUNCTION,
    /** The leader wins on cost while trailing another candidate on the value criteria by the margin or more. */
    COST_DRIVEN_CHOICE,
    /** The functions' means on one criterion for one candidate are the configured share of the scale or more apart. */
    FUNCTION_DISAGREEMENT
}
