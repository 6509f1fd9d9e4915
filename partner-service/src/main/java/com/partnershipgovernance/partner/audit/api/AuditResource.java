package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.AuditLifecycle;
import com.partnershipgovernance.partner.audit.AuditPlanning;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * One audit: read it and its audit trail, revise its planning data, and move it through its
 * lifecycle (performed, closed, cancelled). Quality owns the writes; every write needs If-Match.
 */
@Path("/audits/{id}")
@Tag(name = "Sponsor audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    SponsorAuditRepository audits;

    @Inject
    AuditPlanning planning;

    @Inject
    AuditLifecycle lifecycle;

    @Inject
    AuditViews views;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "Read an audit", description = "With its finding counts, whether it is overdue, and its "
            + "version as ETag.")
    public AuditView get(@PathParam("id") UUID id) {
        return views.of(audits.require(id));
    }

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @PUT
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Revise an audit's planning data", description = "Type, site, scope, auditors and "
            + "planned date, while the audit is PLANNED or PERFORMED (409 once closed or cancelled). Needs If-Match "
            + "and X-Change-Reason.")
    public AuditView revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull AuditRequest request) {
        return views.of(planning.revise(id, ifMatch, request.toPlan()));
    }

    @Transactional
    @POST
    @Path("/perform")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Record that the audit was performed", description = "PLANNED to PERFORMED; performedOn "
            + "must not be in the future. Needs If-Match; an illegal move answers 409.")
    public AuditView perform(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull PerformAuditRequest request) {
        return views.of(lifecycle.perform(id, ifMatch, request.performedOn(), request.reason()));
    }

    @Transactional
    @POST
    @Path("/close")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Close the audit", description = "PERFORMED to CLOSED, only when every CRITICAL and MAJOR "
            + "finding is closed (else 422 naming them). Needs If-Match and a reason. Publishes partner.audit-closed "
            + "with the audit's finding counts.")
    public AuditView close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReasonRequest request) {
        return views.of(lifecycle.close(id, ifMatch, request.reason()));
    }

    @Transactional
    @POST
    @Path("/cancel")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Cancel a planned audit", description = "PLANNED to CANCELLED, with a reason. Needs "
            + "If-Match; an illegal move answers 409.")
    public AuditView cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull ReasonRequest request) {
        return views.of(lifecycle.cancel(id, ifMatch, request.reason()));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Audit trail of an audit", description = "Who changed what, when and why: each field's "
            + "old and new value.")
    public AuditHistory history(@PathParam("id") UUID id) {
        audits.require(id);
        return auditTrail.historyOf(SponsorAudit.class, id);
    }
}
