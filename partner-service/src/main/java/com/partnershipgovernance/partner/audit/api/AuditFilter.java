package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.AuditSearch;
import com.partnershipgovernance.partner.audit.domain.AuditStatus;
import com.partnershipgovernance.partner.audit.domain.AuditType;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of {@code GET /audits}; each one given narrows the list. */
public class AuditFilter {

    @QueryParam("partnerId")
    @Parameter(description = "audits of this partner")
    String partnerId;

    @QueryParam("siteId")
    @Parameter(description = "audits of this site")
    String siteId;

    @QueryParam("status")
    @Parameter(description = "PLANNED, PERFORMED, CLOSED or CANCELLED")
    String status;

    @QueryParam("type")
    @Parameter(description = "QUALIFICATION, ROUTINE or FOR_CAUSE")
    String type;

    AuditSearch search() {
        return new AuditSearch(QueryParameters.uuid("partnerId", partnerId).orElse(null),
                QueryParameters.uuid("siteId", siteId).orElse(null),
                QueryParameters.enumeration("status", status, AuditStatus.class).orElse(null),
                QueryParameters.enumeration("type", type, AuditType.class).orElse(null));
    }
}
