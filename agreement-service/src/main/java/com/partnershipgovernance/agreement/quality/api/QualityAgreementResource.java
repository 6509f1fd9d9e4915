package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementHistory;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.quality.QualityAgreementAccess;
import com.partnershipgovernance.agreement.quality.QualityAgreementDrafting;
import com.partnershipgovernance.agreement.quality.QualityAgreementLifecycle;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
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
 * Quality agreements: draft one (quality), offer the template, edit its draft, read, list, read its audit trail,
 * clear a review flag. Lifecycle moves are in {@link QualityAgreementStatusResource}, versions in {@link QualityAgreementVersionResource}.
 */
@Path("/quality-agreements")
@Tag(name = "Quality agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityAgreementResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    QualityAgreementDrafting drafting;

    @Inject
    QualityAgreementLifecycle lifecycle;

    @Inject
    QualityAgreementRepository agreements;

    @Inject
    QualityAgreementAccess access;

    @Inject
    AgreementHistory history;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Draft a quality agreement", description = "Creates version 1 as DRAFT with a partner known from "
            + "partner-service (else 422 naming partnerId). Every area of the responsibility matrix must be "
            + "assigned (else 422 naming responsibilities.AREA); fromTemplate fills what is left out from the "
            + "template. Honours Idempotency-Key.")
    @APIResponseSchema(value = QualityAgreementView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response draft(@Valid @NotNull QualityAgreementRequest request, @Context UriInfo uri) {
        QualityAgreement agreement = drafting.draft(request.partnerId(), request.toTerms());
        return Response.created(uri.getAbsolutePathBuilder().path(agreement.id().toString()).build())
                .tag(Preconditions.etag(agreement.version()))
                .entity(QualityAgreementView.of(agreement))
                .build();
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Edit a draft quality agreement", description = "Replaces the terms of the latest version, which must "
            + "be a DRAFT (else 409). Needs If-Match; X-Change-Reason once the version was in review, and for "
            + "an amendment. The partner cannot change (422).")
    @APIResponseSchema(value = QualityAgreementView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull QualityAgreementRequest request) {
        QualityAgreement agreement = drafting.revise(id, ifMatch, request.partnerId(), request.toTerms());
        return Response.ok(QualityAgreementView.of(agreement)).tag(Preconditions.etag(agreement.version())).build();
    }

    @GET
    @Path("/template")
    @Operation(summary = "Template of a quality agreement", description = "The responsibility matrix (every area), "
            + "audit rights and notification timelines a new agreement may start from (fromTemplate: true).")
    public QualityTermsDto.TemplateView template() {
        return QualityTermsDto.TemplateView.current();
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a quality agreement", description = "Its latest version with status and terms, the version in "
            + "force and the review flag; ETag = the agreement's version.")
    @APIResponseSchema(value = QualityAgreementView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response get(@PathParam("id") UUID id) {
        QualityAgreement agreement = access.readable(id);
        return Response.ok(QualityAgreementView.of(agreement)).tag(Preconditions.etag(agreement.version())).build();
    }

    @Transactional
    @GET
    @Operation(summary = "List quality agreements", description = "Paged, newest first by default; filter by partner, by the "
            + "latest version's status and by review flag. A partner user sees their own partner's only.")
    public Page<QualityAgreementView> list(@BeanParam @Valid PageRequest page, @QueryParam("partnerId") UUID partnerId,
                              @QueryParam("status") AgreementStatus status,
                              @QueryParam("flaggedForReview") Boolean flagged) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (partnerId != null) {
            where.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (status != null) {
            where.append(" and latestStatus = :status");
            parameters.and("status", status);
        }
        if (flagged != null) {
            where.append(flagged ? " and reviewFlag.flaggedAt is not null" : " and reviewFlag.flaggedAt is null");
        }
        UUID scope = access.partnerScope();
        if (scope != null) {
            where.append(" and partnerId = :own");
            parameters.and("own", scope);
        }
        return Page.of(agreements.find(where.toString(), page.sort(SORTABLE, "-createdAt"), parameters), page,
                QualityAgreementView::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a quality agreement", description = "Who changed what, when and why: the agreement's "
            + "fields and each version's, named versions[n].field.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return history.of(access.readable(id));
    }

    @DELETE
    @Path("/{id}/review-flag")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Clear a quality agreement's review flag", description = "After quality reviewed the agreement: needs "
            + "If-Match and X-Change-Reason; 409 when it is not flagged.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response clearReviewFlag(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        QualityAgreement agreement = lifecycle.clearReviewFlag(id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(agreement.version())).build();
    }
}
