package com.partnershipgovernance.kpi.definition.domain;

/** How the items of one period make the period's value. */
public enum Aggregation {
    /** Share, in percent, of the period's items that qualify (e.g. milestones met on time). */
    RATE,
    /** Mean over the period's items (e.g. days to close a deviation). */
    MEAN,
    /** One count per another count (e.g. deviations per batch). */
    RATIO,
    /** The single value entered for the period (e.g. by an integration). */
    REPORTED
}
