package com.partnershipgovernance.agreement.change.api;

import com.partnershipgovernance.agreement.change.ChangeControl;
import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestRepository;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestStatus;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * Change requests against an agreement or SOW: propose (quality, or a partner user for their own partnership),
 * decide (the responsible parties), implement and close (quality), read, list and read the audit trail.
 */
@Path("/change-requests")
@Tag(name = "Change requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    ChangeControl changeControl;

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.PARTNER_USER})
    @Operation(summary = "Propose a change request", description = "Against the partner's MSA or quality "
            + "agreement (else 422 naming agreementId) or a SOW, with its impact assessment. The approvals needed "
            + "follow the change-control area of the quality agreement in force: SPONSOR, PARTNER or both. Publishes "
            + "change-request.status-changed (from null to PROPOSED). Honours Idempotency-Key.")
    @APIResponseSchema(value = ChangeRequestView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response propose(@Valid @NotNull ChangeRequestRequest request, @Context UriInfo uri) {
        ChangeRequest cr = changeControl.propose(request.toProposal(PartnerScope.current().isPresent()));
        return Created.in(uri, cr.id(), ChangeRequestView.of(cr));
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a change request", description = "With required approvals and decisions; ETag = "
            + "its version.")
    public ChangeRequestView get(@PathParam("id") UUID id) {
        ChangeRequest cr = changeRequests.require(id);
        return ChangeRequestView.of(cr);
    }

    @Transactional
    @GET
    @Operation(summary = "List change requests", description = "Paged, newest first; filter by partner, agreement, "
            + "status. A partner user sees their own partner's only.")
    public Page<ChangeRequestView> list(@BeanParam @Valid PageRequest page, @QueryParam("partnerId") UUID partnerId,
                                        @QueryParam("agreementId") UUID agreementId,
                                        @QueryParam("status") ChangeRequestStatus status) {
        return Page.of(changeRequests.matching(partnerId, agreementId, status, page.sort(SORTABLE, "-createdAt")),
                page, ChangeRequestView::of);
    }

    @Transactional
    @POST
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.QUALITY, Roles.PARTNER_USER})
    @Operation(summary = "Decide a change request", description = "One party's decision: SPONSOR by quality; "
            + "PARTNER by a user of the partner or recorded by quality. 422 naming party when its approval is not "
            + "required; 409 unless PROPOSED or when the party decided already. The last required approval approves "
            + "the change, a rejection rejects it (each publishes change-request.status-changed). Needs If-Match.")
    public ChangeRequestView decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull ChangeRequestCommands.Decision request) {
        ChangeRequest cr = changeControl.decide(id, ifMatch, request.party(), request.decision(),
                request.comment() == null || request.comment().isBlank() ? null : request.comment().strip());
        return ChangeRequestView.of(cr);
    }

    @Transactional
    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Move a change request", description = "APPROVED -> IMPLEMENTED -> CLOSED; PROPOSED -> "
            + "WITHDRAWN; anything else 409. Publishes change-request.status-changed. Needs If-Match.")
    public ChangeRequestView move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull ChangeRequestCommands.StatusChange request) {
        ChangeRequest cr = changeControl.move(id, ifMatch, request.to(), request.reason());
        return ChangeRequestView.of(cr);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a change request", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return auditTrail.historyOf(ChangeRequest.class, changeRequests.require(id).id());
    }
}
