package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.Conditions;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** The register's filters as query parameters; absent ones do not filter. */
public class RiskFilter {

    @QueryParam("partnerId")
    @Parameter(description = "only this partner's risks")
    UUID partnerId;

    @QueryParam("category")
    @Parameter(description = "only this category")
    RiskCategory category;

    @QueryParam("status")
    @Parameter(description = "only this status")
    RiskStatus status;

    @QueryParam("joint")
    @Parameter(description = "only joint (true) or sponsor-only (false) risks")
    Boolean joint;

    /** Adds the filters given to the conditions of a query over {@code Risk}. */
    void appendTo(Conditions conditions) {
        conditions.equalIfGiven("partnerId", partnerId).equalIfGiven("category", category)
                .equalIfGiven("status", status).equalIfGiven("joint", joint);
    }
}
