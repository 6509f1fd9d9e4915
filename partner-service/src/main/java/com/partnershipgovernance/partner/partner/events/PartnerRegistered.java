package com.partnershipgovernance.partner.partner.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.partner.partner.domain.Partner;

import java.util.UUID;

/** Payload of {@code partner.registered}: a partner was created. Fields not known yet are null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerRegistered(UUID partnerId, String legalName, String type, String serviceModel,
                                String engagementModel, String headquartersCountry, String qualificationStatus) {

    public static PartnerRegistered of(Partner partner) {
        return new PartnerRegistered(partner.id(), partner.legalName(), partner.type().name(),
                nameOf(partner.serviceModel()), nameOf(partner.engagementModel()), partner.headquartersCountry(),
                partner.qualificationStatus().name());
    }

    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
