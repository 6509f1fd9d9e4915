package com.partnershipgovernance.partner.partner.events;

import com.partnershipgovernance.partner.partner.domain.QualificationChange;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code partner.qualification-changed}: a move in the qualification lifecycle. */
public record PartnerQualificationChanged(UUID partnerId, String from, String to, String reason, String changedBy,
                                          Instant changedAt) {

    public static PartnerQualificationChanged of(QualificationChange change) {
        return new PartnerQualificationChanged(change.partnerId(), change.from().name(), change.to().name(),
                change.reason(), change.changedBy(), change.changedAt());
    }
}
