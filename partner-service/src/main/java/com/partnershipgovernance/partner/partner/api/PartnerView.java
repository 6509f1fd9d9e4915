package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.Capability;
import com.partnershipgovernance.partner.partner.domain.EngagementModel;
import com.partnershipgovernance.partner.partner.domain.Modality;
import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerProfile;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.partner.partner.domain.Scale;
import com.partnershipgovernance.partner.partner.domain.ServiceModel;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A partner as the API shows it. */
@Schema(name = "Partner")
public record PartnerView(UUID id,
                          @Schema(example = "Acme Biologics GmbH") String legalName,
                          PartnerType type,
                          ServiceModel serviceModel,
                          @Schema(example = "DE") String headquartersCountry,
                          EngagementModel engagementModel,
                          List<Modality> modalities,
                          List<Capability> capabilities,
                          List<Scale> scales,
                          QualificationStatus qualificationStatus,
                          Instant registeredAt,
                          @Schema(description = "set once the partner was retired") Instant retiredAt,
                          String retiredReason,
                          @Schema(description = "the record's version, also its ETag", example = "0") long version)
        implements Versioned {

    static PartnerView of(Partner p) {
        PartnerProfile profile = p.profile();
        return new PartnerView(p.id(), p.legalName(), p.type(), p.serviceModel(), p.headquartersCountry(),
                p.engagementModel(), sorted(profile.modalities()), sorted(profile.capabilities()),
                sorted(profile.scales()), p.qualificationStatus(), p.registeredAt(),
                p.isRetired() ? p.retirement().retiredAt() : null, p.isRetired() ? p.retirement().reason() : null,
                p.version());
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
