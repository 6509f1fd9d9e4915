package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.FindingFollowUp;
import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * One finding and its follow-up: the partner's user (or quality on its behalf) responds; quality
 * revises it, rejects a response or closes it. Every write needs the finding's ETag in If-Match.
 */
@Path("/audits/{auditId}/findings/{findingId}")
@Tag(name = "Audit findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {

    @Inject
    FindingFollowUp followUp;

    @Inject
    FindingRepository findings;

    @Inject
    AuditViews views;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "Read a finding", description = "With its version as ETag.")
    public FindingView get(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId) {
        return views.of(findings.require(auditId, findingId));
    }

    @PUT
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Revise a finding", description = "Reclassify, reword or move the response due date of a "
            + "finding that is not closed. A closed audit's findings cannot become CRITICAL or MAJOR (422). Needs "
            + "If-Match and X-Change-Reason.")
    public FindingView revise(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                              @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FindingRequest request) {
        return views.of(followUp.revise(auditId, findingId, ifMatch, request.toDetails()));
    }

    @POST
    @Path("/response")
    @RolesAllowed({Roles.QUALITY, Roles.PARTNER_USER})
    @Operation(summary = "Respond to a finding", description = "The partner's response (root cause, CAPA plan): "
            + "OPEN to RESPONSE_RECEIVED. A partner user may respond to their own partner's findings only; quality "
            + "may enter a response received otherwise. Needs If-Match.")
    public FindingView respond(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                               @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FindingResponseRequest request) {
        return views.of(followUp.respond(auditId, findingId, ifMatch, request.response()));
    }

    @POST
    @Path("/reject-response")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Reject the partner's response", description = "RESPONSE_RECEIVED to OPEN, with the reason "
            + "and optionally a new due date for a revised response. Needs If-Match.")
    public FindingView rejectResponse(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                                      @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull RejectResponseRequest request) {
        return views.of(followUp.rejectResponse(auditId, findingId, ifMatch, request.reason(),
                request.responseDueOn()));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Close a finding", description = "Quality accepts the follow-up: from RESPONSE_RECEIVED, "
            + "or from OPEN for an OBSERVATION (a finding needing a response without one is a 422). Needs If-Match "
            + "and a reason.")
    public FindingView close(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                             @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReasonRequest request) {
        return views.of(followUp.close(auditId, findingId, ifMatch, request.reason()));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Audit trail of a finding", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId) {
        findings.require(auditId, findingId);
        return auditTrail.historyOf(Finding.class, findingId);
    }
}
