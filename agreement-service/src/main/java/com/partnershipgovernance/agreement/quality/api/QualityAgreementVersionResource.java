package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.lifecycle.api.AmendmentRequest;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewRequest;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewView;
import com.partnershipgovernance.agreement.lifecycle.api.VersionComparison;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.quality.QualityAgreementAccess;
import com.partnershipgovernance.agreement.quality.QualityAgreementLifecycle;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
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

/** Versions of a quality agreement: amend an executed one, read every version, compare two field by field. */
@Path("/quality-agreements/{id}")
@Tag(name = "Quality agreement versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityAgreementVersionResource {

    @Inject
    QualityAgreementLifecycle lifecycle;

    @Inject
    QualityAgreementAccess access;

    @Inject
    AgreementStatusChangeRepository moves;

    @Inject
    AgreementReviewRepository reviews;

    @Transactional
    @POST
    @IdempotentCreate
    @Path("/amendments")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Amend an executed quality agreement", description = "Adds the next version as DRAFT with the terms in "
            + "force, to be edited, reviewed, approved and executed; executing it supersedes the current version. "
            + "Needs If-Match; 409 unless the latest version is EXECUTED (one amendment at a time). Honours "
            + "Idempotency-Key.")
    @APIResponseSchema(value = QualityAgreementView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull AmendmentRequest request, @Context UriInfo uri) {
        QualityAgreementVersion amendment = lifecycle.amend(id, ifMatch, request.reason());
        QualityAgreement agreement = amendment.agreement();
        return Response.created(uri.getBaseUriBuilder().path("quality-agreements").path(id.toString()).path("versions")
                        .path(Integer.toString(amendment.number())).build())
                .tag(Preconditions.etag(agreement.version()))
                .entity(QualityAgreementView.of(agreement))
                .build();
    }

    @Transactional
    @GET
    @Path("/versions")
    @Operation(summary = "Versions of a quality agreement", description = "Every version, oldest first, with its status.")
    public QualityAgreementVersionView.Versions versions(@PathParam("id") UUID id) {
        QualityAgreement agreement = access.readable(id);
        return new QualityAgreementVersionView.Versions(agreement.id(), agreement.versions().stream().map(QualityAgreementVersionView.Summary::of).toList());
    }

    @Transactional
    @GET
    @Path("/versions/{n}")
    @Operation(summary = "One version of a quality agreement", description = "Its terms and every move of its lifecycle with "
            + "signatures.")
    public QualityAgreementVersionView version(@PathParam("id") UUID id, @PathParam("n") int number) {
        QualityAgreement agreement = access.readable(id);
        QualityAgreementVersion version = agreement.version(number);
        return QualityAgreementVersionView.of(agreement, version, moves.ofVersion(agreement.id(), number));
    }

    @Transactional
    @GET
    @Path("/versions/{a}/compare/{b}")
    @Operation(summary = "Compare two versions of a quality agreement", description = "Field by field, what differs from "
            + "version a to version b.")
    public VersionComparison compare(@PathParam("id") UUID id, @PathParam("a") int a, @PathParam("b") int b) {
        QualityAgreement agreement = access.readable(id);
        return VersionComparison.of(agreement, a, b);
    }

    @Transactional
    @POST
    @Path("/reviews")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Record a periodic review of a quality agreement", description = "A routine review of the "
            + "EXECUTED version by quality (the reviewer is the caller): outcome, comments and the next review "
            + "date, after today (else 422 naming nextReviewOn). Moves reviewOn, so that the agreement leaves "
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
    @Operation(summary = "Periodic reviews of a quality agreement", description = "Every review, oldest first.")
    public ReviewView.Reviews reviews(@PathParam("id") UUID id) {
        QualityAgreement agreement = access.readable(id);
        return new ReviewView.Reviews(agreement.id(),
                reviews.ofAgreement(agreement.id()).stream().map(ReviewView::of).toList());
    }
}
