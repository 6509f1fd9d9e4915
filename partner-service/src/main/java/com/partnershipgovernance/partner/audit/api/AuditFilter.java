package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.AuditAccess;
import com.partnershipgovernance.partner.audit.domain.AuditStatus;
import com.partnershipgovernance.partner.audit.domain.AuditType;
import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Optional;
import java.util.UUID;

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

    /** The JPQL condition for these filters, restricted to what the caller may see. */
    String where(Parameters parameters, AuditAccess access) {
        StringBuilder where = new StringBuilder("1 = 1");
        Optional<UUID> partner = access.partnerScope(QueryParameters.uuid("partnerId", partnerId));
        condition(where, parameters, "partnerId = :partner", "partner", partner);
        condition(where, parameters, "siteId = :site", "site", QueryParameters.uuid("siteId", siteId));
        condition(where, parameters, "status = :status", "status",
                QueryParameters.enumeration("status", status, AuditStatus.class));
        condition(where, parameters, "type = :type", "type",
                QueryParameters.enumeration("type", type, AuditType.class));
        return where.toString();
    }

    private static void condition(StringBuilder where, Parameters parameters, String clause, String name,
                                  Optional<?> value) {
        value.ifPresent(v -> {
            where.append(" and ").append(clause);
            parameters.and(name, v);
        });
    }
}
