package com.partnershipgovernance.partner.partner.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.partner.partner.domain.Partner;

import java.util.UUID;

/** Payload of {@code partner.updated}: name, type, service or engagement model, or country changed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerUpdated(UUID partnerId, String legalName, String type, String serviceModel,
                             String engagementModel, String headquartersCountry, String qualificationStatus) {

    public static PartnerUpdated of(Partner partner) {
        return new PartnerUpdated(partner.id(), partner.legalName(), partner.type().name(),
                PartnerRegistered.nameOf(partner.serviceModel()), PartnerRegistered.nameOf(partner.engagementModel()),
                partner.headquartersCountry(), partner.qualificationStatus().name());
    }
}
