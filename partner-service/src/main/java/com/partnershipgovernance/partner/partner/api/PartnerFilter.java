package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.Capability;
import com.partnershipgovernance.partner.partner.domain.EngagementModel;
import com.partnershipgovernance.partner.partner.domain.Modality;
import com.partnershipgovernance.partner.partner.domain.PartnerSearch;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.partner.partner.domain.Scale;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /partners}; each one given narrows the list. */
public class PartnerFilter {

    @QueryParam("type")
    PartnerType type;

    @QueryParam("modality")
    Modality modality;

    @QueryParam("capability")
    Capability capability;

    @QueryParam("scale")
    Scale scale;

    @QueryParam("country")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. DE")
    String country;

    @QueryParam("qualificationStatus")
    QualificationStatus qualificationStatus;

    @QueryParam("engagementModel")
    EngagementModel engagementModel;

    PartnerSearch search(String text, boolean includeRetired) {
        return new PartnerSearch(type, modality, capability, scale, country, qualificationStatus, engagementModel, text,
                includeRetired);
    }
}
