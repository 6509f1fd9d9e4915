package com.partnershipgovernance.partner.audit.domain;

import java.util.Collection;

/** How many findings of each severity an audit has, and how many of them are not closed yet. */
public record FindingCounts(long critical, long major, long minor, long observation, long open) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0, 0);

    public static FindingCounts of(Collection<Finding> findings) {
        FindingCounts counts = NONE;
        for (Finding finding : findings) {
            counts = counts.plus(finding.severity(), finding.status() != FindingStatus.CLOSED, 1);
        }
        return counts;
    }

    /** These counts with {@code count} more findings of {@code severity}. */
    public FindingCounts plus(FindingSeverity severity, boolean stillOpen, long count) {
        return new FindingCounts(
                critical + (severity == FindingSeverity.CRITICAL ? count : 0),
                major + (severity == FindingSeverity.MAJOR ? count : 0),
                minor + (severity == FindingSeverity.MINOR ? count : 0),
                observation + (severity == FindingSeverity.OBSERVATION ? count : 0),
                open + (stillOpen ? count : 0));
    }

    /** The sum of two counts. */
    public FindingCounts add(FindingCounts other) {
        return new FindingCounts(critical + other.critical, major + other.major, minor + other.minor,
                observation + other.observation, open + other.open);
    }

    public long total() {
        return critical + major + minor + observation;
    }
}
