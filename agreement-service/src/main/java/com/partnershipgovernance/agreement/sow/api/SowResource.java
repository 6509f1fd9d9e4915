package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementHistory;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.sow.SowAccess;
import com.partnershipgovernance.agreement.sow.SowDrafting;
import com.partnershipgovernance.agreement.sow.SowLifecycle;
import com.partnershipgovernance.agreement.sow.SowSpending;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * Statements of work: draft one under an executed MSA (legal, finance), edit its draft, read, list, read its
 * audit trail. Lifecycle moves and versions are in {@link SowVersionResource}.
 */
@Path("/sows")
@Tag(name = "SOWs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SowResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    SowDrafting drafting;

    @Inject
    SowLifecycle lifecycle;

    @Inject
    SowRepository sows;

    @Inject
    SowAccess access;

    @Inject
    SowSpending spending;

    @Inject
    AgreementHistory history;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Draft a SOW", description = "Creates version 1 as DRAFT under an EXECUTED MSA (else 422 "
            + "naming msaId), with the MSA's partner. Timeline end after start, budget non-negative in an ISO 4217 "
            + "currency (else 400 naming the field). Honours Idempotency-Key.")
    @APIResponseSchema(value = SowView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response draft(@Valid @NotNull SowRequest request, @Context UriInfo uri) {
        StatementOfWork sow = drafting.draft(request.msaId(), request.kind(), request.toTerms());
        return Response.created(uri.getAbsolutePathBuilder().path(sow.id().toString()).build())
                .tag(Preconditions.etag(sow.version()))
                .entity(SowView.of(sow, spending.position(sow)))
                .build();
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Edit a draft SOW", description = "Replaces the terms of the latest version, which must be "
            + "a DRAFT (else 409). Needs If-Match; X-Change-Reason once the version was in review, and for an "
            + "amendment. The MSA and the kind cannot change (422).")
    @APIResponseSchema(value = SowView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull SowRequest request) {
        StatementOfWork sow = drafting.revise(id, ifMatch, request.msaId(), request.kind(), request.toTerms());
        return Response.ok(SowView.of(sow, spending.position(sow))).tag(Preconditions.etag(sow.version())).build();
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a SOW", description = "Its latest version with status and terms and the version in "
            + "force; ETag = the SOW's version. A partner user reads their own partner's SOWs only (404 otherwise).")
    @APIResponseSchema(value = SowView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response get(@PathParam("id") UUID id) {
        StatementOfWork sow = access.readable(id);
        return Response.ok(SowView.of(sow, spending.position(sow))).tag(Preconditions.etag(sow.version())).build();
    }

    @Transactional
    @GET
    @Operation(summary = "List SOWs", description = "Paged, newest first by default; filter by MSA, partner, kind "
            + "and the latest version's status. A partner user sees their own partner's only.")
    public Page<SowView> list(@BeanParam @Valid PageRequest page, @QueryParam("msaId") UUID msaId,
                              @QueryParam("partnerId") UUID partnerId, @QueryParam("kind") SowKind kind,
                              @QueryParam("status") AgreementStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (msaId != null) {
            where.append(" and msaId = :msa");
            parameters.and("msa", msaId);
        }
        if (partnerId != null) {
            where.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (status != null) {
            where.append(" and latestStatus = :status");
            parameters.and("status", status);
        }
        UUID scope = access.partnerScope();
        if (scope != null) {
            where.append(" and partnerId = :own");
            parameters.and("own", scope);
        }
        return Page.of(sows.find(where.toString(), page.sort(SORTABLE, "-createdAt"), parameters), page,
                s -> SowView.of(s, spending.position(s)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a SOW", description = "Who changed what, when and why: the SOW's fields "
            + "and each version's, named versions[n].field.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return history.of(access.readable(id));
    }

    @DELETE
    @Path("/{id}/review-flag")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Clear a SOW's review flag", description = "After legal or finance reviewed the SOW: needs "
            + "If-Match and X-Change-Reason; 409 when it is not flagged.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response clearReviewFlag(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        StatementOfWork sow = lifecycle.clearReviewFlag(id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(sow.version())).build();
    }
}
