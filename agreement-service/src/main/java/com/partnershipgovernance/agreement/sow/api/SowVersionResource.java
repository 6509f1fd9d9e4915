package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.api.AmendmentRequest;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewRequest;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewView;
import com.partnershipgovernance.agreement.lifecycle.api.StatusChangeRequest;
import com.partnershipgovernance.agreement.lifecycle.api.VersionComparison;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.sow.SowAccess;
import com.partnershipgovernance.agreement.sow.SowLifecycle;
import com.partnershipgovernance.agreement.sow.SowSpending;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Preconditions;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The lifecycle and versions of a SOW: explicit moves by legal or finance (approvals and executions signed),
 * amendments, every version readable and comparable.
 */
@Path("/sows/{id}")
@Tag(name = "SOWs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SowVersionResource {

    @Inject
    SowLifecycle lifecycle;

    @Inject
    SowAccess access;

    @Inject
    SowSpending spending;

    @Inject
    AgreementStatusChangeRepository moves;

    @Inject
    AgreementReviewRepository reviews;

    @Transactional
    @POST
    @Path("/status")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Move a SOW in its lifecycle", description = "The agreement lifecycle of MSAs. Needs "
            + "If-Match; an illegal move answers 409. APPROVED and EXECUTED need an electronic signature by legal or "
            + "finance with a fresh token (else 401); EXECUTED needs the MSA EXECUTED (else 422 naming msaId) and a "
            + "QUALIFIED or CONDITIONALLY_APPROVED partner. Publishes agreement.status-changed per version moved.")
    @APIResponseSchema(value = SowView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull StatusChangeRequest request) {
        StatementOfWork sow = lifecycle.change(id, ifMatch, request.version(), request.to(), request.reason(),
                request.signature() == null ? null : request.signature().meaning());
        return Response.ok(SowView.of(sow, spending.position(sow))).tag(Preconditions.etag(sow.version())).build();
    }

    @Transactional
    @POST
    @IdempotentCreate
    @Path("/amendments")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Amend an executed SOW", description = "Adds the next version as DRAFT with the terms in "
            + "force; executing it supersedes the current version. Needs If-Match; 409 unless the latest version is "
            + "EXECUTED. Honours Idempotency-Key.")
    @APIResponseSchema(value = SowView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull AmendmentRequest request, @Context UriInfo uri) {
        SowVersion amendment = lifecycle.amend(id, ifMatch, request.reason());
        StatementOfWork sow = amendment.sow();
        return Response.created(uri.getBaseUriBuilder().path("sows").path(id.toString()).path("versions")
                        .path(Integer.toString(amendment.number())).build())
                .tag(Preconditions.etag(sow.version()))
                .entity(SowView.of(sow, spending.position(sow)))
                .build();
    }

    @Transactional
    @GET
    @Path("/versions")
    @Operation(summary = "Versions of a SOW", description = "Every version, oldest first, with its status.")
    public SowVersionView.Versions versions(@PathParam("id") UUID id) {
        StatementOfWork sow = access.readable(id);
        return new SowVersionView.Versions(sow.id(), sow.versions().stream().map(SowVersionView.Summary::of).toList());
    }

    @Transactional
    @GET
    @Path("/versions/{n}")
    @Operation(summary = "One version of a SOW", description = "Its terms and every move of its lifecycle with "
            + "signatures.")
    public SowVersionView version(@PathParam("id") UUID id, @PathParam("n") int number) {
        StatementOfWork sow = access.readable(id);
        return SowVersionView.of(sow, sow.version(number), moves.ofVersion(sow.id(), number));
    }

    @Transactional
    @GET
    @Path("/versions/{a}/compare/{b}")
    @Operation(summary = "Compare two versions of a SOW", description = "Field by field, what differs from version "
            + "a to version b.")
    public VersionComparison compare(@PathParam("id") UUID id, @PathParam("a") int a, @PathParam("b") int b) {
        StatementOfWork sow = access.readable(id);
        return VersionComparison.of(sow, a, b);
    }

    @Transactional
    @POST
    @Path("/reviews")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE})
    @Operation(summary = "Record a periodic review of a SOW", description = "A routine review of the "
            + "EXECUTED version by legal or finance (the reviewer is the caller): outcome, comments and the next "
            + "review date, after today (else 422 naming nextReviewOn). Moves reviewOn, so that the agreement leaves "
            + "/agreements/reviews-overdue; audited and listed in the history as reviews[n]. Needs If-Match; "
            + "409 when no version is EXECUTED. A review flag is cleared on its own (DELETE .../review-flag).")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response review(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReviewRequest request) {
        AgreementReview review = lifecycle.recordReview(id, ifMatch, request.outcome(), request.comments(),
                request.nextReviewOn());
        return Response.ok(ReviewView.of(review)).tag(Preconditions.etag(access.readable(id).version())).build();
    }

    @Transactional
    @GET
    @Path("/reviews")
    @Operation(summary = "Periodic reviews of a SOW", description = "Every review, oldest first.")
    public ReviewView.Reviews reviews(@PathParam("id") UUID id) {
        StatementOfWork sow = access.readable(id);
        return new ReviewView.Reviews(sow.id(),
                reviews.ofAgreement(sow.id()).stream().map(ReviewView::of).toList());
    }
}
