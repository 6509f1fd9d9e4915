package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.register.RiskAccess;
import com.partnershipgovernance.risk.register.RiskRegister;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskReview;
import com.partnershipgovernance.risk.register.domain.RiskReviewRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
 * Periodic reviews of a risk: record one (sponsor functions, or the partner's users on their joint risks), read one,
 * list them.
 */
@Path("/risks/{id}/reviews")
@Tag(name = "Risk reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskReviewResource {

    @Inject
    RiskRegister register;

    @Inject
    RiskReviewRepository reviewRecords;

    @Inject
    RiskRepository risks;

    @Inject
    RiskAccess access;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND, Roles.PARTNER_USER})
    @Operation(summary = "Record a review of a risk", description = "Who (the caller), when (reviewedOn, not in the "
            + "future), the score then and the decision; the next review falls one review period later. Needs "
            + "If-Match of the risk; the answer's ETag is the risk's new version.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "201",
            responseDescription = "Created: the review, its URL in Location and the risk's new version in ETag")
    public Response record(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        RiskReview review = register.review(id, ifMatch, request.reviewedOn(), request.decision(),
                request.notes().strip());
        return Created.in(uri, review.id(), ofRisk(review));
    }

    @GET
    @Path("/{reviewId}")
    @Operation(summary = "Read a review of a risk", description = "With the risk's version as ETag.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200",
            responseDescription = "The review; the risk's version in ETag")
    public OfRisk<ReviewView> get(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId) {
        access.visible(id);
        return ofRisk(reviewRecords.of(id, reviewId)
                .orElseThrow(() -> RecordNotFoundException.of("Review", reviewId)));
    }

    @GET
    @Operation(summary = "Reviews of a risk", description = "Latest first.")
    public ReviewView.Reviews list(@PathParam("id") UUID id) {
        access.visible(id);
        return new ReviewView.Reviews(reviewRecords.of(id).stream().map(ReviewView::of).toList());
    }

    private OfRisk<ReviewView> ofRisk(RiskReview review) {
        return new OfRisk<>(ReviewView.of(review), risks.findById(review.riskId()).version());
    }
}
