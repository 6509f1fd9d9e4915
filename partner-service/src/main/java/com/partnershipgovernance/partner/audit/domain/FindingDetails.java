package com.partnershipgovernance.partner.audit.domain;

import java.time.LocalDate;

/**
 * What quality records of a finding: its severity, the requirement it is against (e.g. "EU GMP
 * Annex 1 §8.3"), what was observed, and when the partner's response is due.
 */
public record FindingDetails(FindingSeverity severity, String requirement, String description,
                             LocalDate responseDueOn) {

    public FindingDetails {
        requirement = requirement == null || requirement.isBlank() ? null : requirement.strip();
        description = description == null ? null : description.strip();
    }
}
