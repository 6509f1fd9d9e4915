package com.partnershipgovernance.agreement.partner.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the consumer's transaction) when a known partner's qualification status
 * changes, so that other features react in the same transaction as the read model's update.
 *
 * @param from the status known before, null for a partner not known until now
 */
public record PartnerQualificationMoved(UUID partnerId, String from, String to, String reason, Instant at) {
}
