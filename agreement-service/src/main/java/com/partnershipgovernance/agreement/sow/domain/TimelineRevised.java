package com.partnershipgovernance.agreement.sow.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, before the change is made) when the timeline of a SOW's draft is about to be
 * revised, so that what is planned on the SOW can refuse a timeline that no longer covers it: an observer's
 * exception refuses the revision.
 */
public record TimelineRevised(UUID sowId, LocalDate startOn, LocalDate endOn) {
}
