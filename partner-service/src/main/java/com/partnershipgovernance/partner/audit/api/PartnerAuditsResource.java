package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.AuditPlanning;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Plans an audit of a partner; quality owns audits. */
@Path("/partners/{partnerId}/audits")
@Tag(name = "Sponsor audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerAuditsResource {

    @Inject
    AuditPlanning planning;

    @Inject
    AuditViews views;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Plan an audit of a partner", description = "Creates a PLANNED audit. An unknown partner "
            + "is a 404; a siteId that is not the partner's a 422. Honours Idempotency-Key.")
    @APIResponseSchema(value = AuditView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response plan(@PathParam("partnerId") UUID partnerId, @Valid @NotNull AuditRequest request) {
        SponsorAudit audit = planning.plan(partnerId, request.toPlan());
        return Created.at(UriBuilder.fromPath("/audits"), audit.id(), views.of(audit));
    }
}
