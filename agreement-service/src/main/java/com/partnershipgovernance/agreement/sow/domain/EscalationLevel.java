package com.partnershipgovernance.agreement.sow.domain;

import java.util.Objects;

/**
 * One level of a SOW's escalation path: the named contacts on each side and how many days an issue may
 * stay unresolved at this level before it goes to the next one.
 */
public record EscalationLevel(int level, String sponsorContact, String partnerContact, int escalateAfterDays) {

    public EscalationLevel {
        Objects.requireNonNull(sponsorContact, "sponsorContact");
        Objects.requireNonNull(partnerContact, "partnerContact");
    }
}
