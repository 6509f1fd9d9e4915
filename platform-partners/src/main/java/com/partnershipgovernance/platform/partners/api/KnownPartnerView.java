package com.partnershipgovernance.platform.partners.api;

import com.partnershipgovernance.platform.partners.KnownPartner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A partner as this service knows it from partner-service's events. */
@Schema(name = "KnownPartner")
public record KnownPartnerView(UUID id,
                               @Schema(example = "Acme Biologics GmbH") String legalName,
                               @Schema(example = "CDMO") String type,
                               @Schema(example = "QUALIFIED") String qualificationStatus,
                               @Schema(example = "STRATEGIC_ALLIANCE") String engagementModel,
                               Instant updatedAt) {

    static KnownPartnerView of(KnownPartner p) {
        return new KnownPartnerView(p.id(), p.legalName(), p.type(), p.qualificationStatus(), p.engagementModel(),
                p.updatedAt());
    }
}
