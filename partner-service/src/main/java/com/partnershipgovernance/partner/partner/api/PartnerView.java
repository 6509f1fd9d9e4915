package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A partner as the API shows it. */
@Schema(name = "Partner")
public record PartnerView(UUID id,
                          @Schema(example = "Acme Biologics GmbH") String legalName,
                          PartnerType type,
                          QualificationStatus qualificationStatus,
                          Instant registeredAt,
                          @Schema(description = "the record's version, also its ETag", example = "0") long version) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.legalName(), p.type(), p.qualificationStatus(), p.registeredAt(),
                p.version());
    }
}
