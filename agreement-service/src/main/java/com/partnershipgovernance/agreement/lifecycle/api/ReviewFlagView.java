package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Why and since when an agreement is flagged for review (its partner was suspended or disqualified). */
@Schema(name = "ReviewFlag")
public record ReviewFlagView(@Schema(example = "Partner became SUSPENDED: critical audit findings") String reason,
                             Instant flaggedAt) {

    /** The flag of {@code agreement}, or null when it is not flagged. */
    public static ReviewFlagView of(VersionedAgreement<?, ?> agreement) {
        return agreement.reviewFlag().map(f -> new ReviewFlagView(f.reason(), f.flaggedAt())).orElse(null);
    }
}
