package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.Capability;
import com.partnershipgovernance.partner.partner.domain.EngagementModel;
import com.partnershipgovernance.partner.partner.domain.Modality;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.partner.partner.domain.Scale;
import io.quarkus.panache.common.Parameters;
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

    void appendTo(StringBuilder where, Parameters parameters) {
        condition(where, parameters, "type = :type", "type", type);
        condition(where, parameters, ":modality member of modalities", "modality", modality);
        condition(where, parameters, ":capability member of capabilities", "capability", capability);
        condition(where, parameters, ":scale member of scales", "scale", scale);
        condition(where, parameters, "headquartersCountry = :country", "country", country);
        condition(where, parameters, "qualificationStatus = :status", "status", qualificationStatus);
        condition(where, parameters, "engagementModel = :engagement", "engagement", engagementModel);
    }

    private static void condition(StringBuilder where, Parameters parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.and(name, value);
        }
    }
}
