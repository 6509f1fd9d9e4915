package com.partnershipgovernance.agreement.quality.domain;

/**
 * How severe a deviation is (EVENTS.md {@code severity}). Defined with the quality agreement because its
 * notification timelines are set per severity; deviations use the same values.
 */
public enum DeviationSeverity {
    CRITICAL, MAJOR, MINOR
}
