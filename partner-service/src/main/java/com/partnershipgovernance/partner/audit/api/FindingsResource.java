package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.FindingFollowUp;
import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The findings of an audit: quality raises them on a performed audit; whoever may see the audit reads them. */
@Path("/audits/{auditId}/findings")
@Tag(name = "Audit findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    @Inject
    FindingFollowUp followUp;

    @Inject
    FindingRepository findings;

    @Inject
    SponsorAuditRepository audits;

    @Inject
    AuditViews views;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Raise a finding", description = "On a PERFORMED audit (409 otherwise). responseDueOn is "
            + "required but for an OBSERVATION and must not be before the audit was performed. Findings are "
            + "numbered 1, 2, 3... within the audit. Honours Idempotency-Key.")
    @APIResponseSchema(value = FindingView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response raise(@PathParam("auditId") UUID auditId, @Valid @NotNull FindingRequest request) {
        Finding finding = followUp.raise(auditId, request.toDetails());
        return Created.at(UriBuilder.fromPath("/audits/{auditId}/findings").resolveTemplate("auditId", auditId),
                finding.id(), views.of(finding));
    }

    @GET
    @Operation(summary = "The findings of an audit", description = "By number, each with its follow-up status.")
    public FindingView.Items list(@PathParam("auditId") UUID auditId) {
        audits.require(auditId);
        return new FindingView.Items(findings.ofAudit(auditId).stream().map(views::of).toList());
    }
}
