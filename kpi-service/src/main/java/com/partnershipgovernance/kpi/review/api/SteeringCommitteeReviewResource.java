package com.partnershipgovernance.kpi.review.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.kpi.review.SteeringCommitteeReviews;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReview;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.SignatureRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Steering-committee reviews: recorded by the steering committee with the dashboards as they stood,
 * signed by the chair, read by the sponsor's roles and by the users of the partners they cover.
 */
@Path("/steering-committee-reviews")
@Tag(name = "Steering-committee reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SteeringCommitteeReviewResource {

    private static final Map<String, String> SORTABLE = Map.of("heldOn", "heldOn", "recordedAt", "recordedAt");

    @Inject
    SteeringCommitteeReviews reviews;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper mapper;

    // the answer reads the reviewed partners and KPIs (lazy collections): build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(summary = "Record a steering-committee review", description = "Date, attendees of both sides, the "
            + "partners and KPIs reviewed (unknown ones answer 422 naming partnerIds[i] or kpiCodes[i]), decisions "
            + "and actions (an action due before the review answers 400 naming actions[i].dueOn). Keeps a snapshot "
            + "of each reviewed partner's dashboard as of the review date. Honours Idempotency-Key.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response record(@Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        SteeringCommitteeReview review = reviews.record(request.toContent(), request.partnerIds(),
                request.kpiCodes());
        return Created.in(uri, review.id(), view(review));
    }

    @Transactional
    @GET
    @Operation(summary = "List steering-committee reviews", description = "Latest first by default; filter by "
            + "partnerId. A partner's user sees only the reviews covering their partner.")
    public Page<ReviewView> list(@BeanParam @Valid PageRequest page, @QueryParam("partnerId") UUID partnerId) {
        return Page.of(reviews.readable(partnerId, page.sort(SORTABLE, "-heldOn")), page,
                this::view);
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a steering-committee review", description = "With the chair's signature (and whether "
            + "the review still matches it) and the dashboard snapshot; its version as ETag. A partner's user reads "
            + "only reviews covering their partner (404 for others).")
    public ReviewView get(@PathParam("id") UUID id) {
        return view(reviews.readable(id));
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(summary = "Revise an unsigned steering-committee review", description = "Replaces its content and "
            + "takes the dashboard snapshot again. Needs If-Match and X-Change-Reason; a signed review answers 409.")
    public ReviewView revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull ReviewRequest request) {
        return view(reviews.revise(id, ifMatch, request.toContent(), request.partnerIds(), request.kpiCodes()));
    }

    @Transactional
    @POST
    @Path("/{id}/signature")
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(summary = "The chair signs the review", description = "Electronic signature with its meaning; needs "
            + "If-Match and a fresh token (auth_time within the configured age, else 401). A signed review is not "
            + "signed again nor edited (409).")
    public ReviewView sign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull SignatureRequest request) {
        return view(reviews.sign(id, ifMatch, request.meaning()));
    }

    @Transactional
    @POST
    @Path("/{id}/actions/{index}/completion")
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(summary = "Complete an action of a signed review", description = "Records that action `index` "
            + "(from 0, in the order of actions) was done, on a day not before the review and not in the future "
            + "(400 naming completedOn). The review must be signed and the action open (409). The signed review "
            + "itself is unchanged; the operational view no longer lists the action.")
    public ReviewView complete(@PathParam("id") UUID id, @PathParam("index") int index,
                               @Valid @NotNull CompletionRequest request) {
        reviews.complete(id, index, request.completedOn(), request.note());
        return view(reviews.readable(id));
    }

    /** That an action was done: when, and a note. */
    @Schema(name = "ReviewActionCompletionRequest")
    public record CompletionRequest(@NotNull @Schema(example = "2026-11-10") LocalDate completedOn,
                                    @Size(max = 4000) @Schema(example = "Query desk staffed") String note) {
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a steering-committee review", description = "Every change: who, when, why "
            + "and each field's old and new value, including the signature.")
    public AuditHistory history(@PathParam("id") UUID id) {
        reviews.readable(id);
        return auditTrail.historyOf(SteeringCommitteeReview.class, id);
    }

    private ReviewView view(SteeringCommitteeReview review) {
        return ReviewView.of(review, reviews.completionsOf(List.of(review.id())), mapper);
    }
}
