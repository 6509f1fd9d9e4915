package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.inbox.InboundEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the consumer's transaction) when partner-service announces a partner's qualification
 * status: each {@code partner.qualification-changed}, and a registration or update that brings a status the read
 * model did not hold, so that a service's features react in the same transaction as the read model's change. For a
 * partner known here it is fired before the partner's row is written, so an observer's locks come first.
 *
 * @param from  the status the read model held before, null for a partner whose status was not known until now
 * @param cause the event that announced it ({@code partner.registered}, {@code partner.updated} or
 *              {@code partner.qualification-changed})
 */
public record PartnerStandingChanged(UUID partnerId, String from, String to, String reason, Instant at,
                                     InboundEvent cause) {

    /** Whether the status differs from the one the read model held. */
    public boolean moved() {
        return !to.equals(from);
    }

    /** Whether partner-service announced this as a qualification change (not as a partner's first description). */
    public boolean announcedAsQualificationChange() {
        return PartnerEventsConsumer.QUALIFICATION_CHANGED.equals(cause.shortType());
    }
}
