package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import io.quarkus.panache.common.Parameters;
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

    /** Appends the filters to a JPQL condition over {@code Risk}. */
    void appendTo(StringBuilder where, Parameters parameters) {
        if (partnerId != null) {
            where.append(" and partnerId = :partnerId");
            parameters.and("partnerId", partnerId);
        }
        if (category != null) {
            where.append(" and category = :category");
            parameters.and("category", category);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (joint != null) {
            where.append(" and joint = :joint");
            parameters.and("joint", joint);
        }
    }
}
