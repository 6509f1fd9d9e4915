package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.inbox.EventHandlers;

/**
 * A service's handlers for the partner events beyond the read model's own (e.g. {@code partner.audit-closed}): they
 * are applied by the same consumer, each event once, in its transaction. Implemented by a CDI bean of the service.
 */
public interface OtherPartnerEvents {

    /** Adds this service's handlers for other short event types of {@code partner.events.v1}. */
    void addTo(EventHandlers handlers);
}
