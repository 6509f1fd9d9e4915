package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.TrackRecord;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmission;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The partner's regulatory submissions track record; regulatory (or quality) keeps it. */
@Path("/partners/{partnerId}/regulatory-submissions")
@Tag(name = "Regulatory track record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    TrackRecord trackRecord;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.REGULATORY, Roles.QUALITY})
    @Operation(summary = "Record a submission", description = "Authority, product type, year and outcome. "
            + "Honours Idempotency-Key.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response record(@PathParam("partnerId") UUID partnerId, @Valid @NotNull SubmissionRequest request,
                           @Context UriInfo uri) {
        RegulatorySubmission submission = trackRecord.recordSubmission(partnerId,
                request.toFacts(LocalDate.now(clock)));
        return Created.in(uri, submission.id(), SubmissionView.of(submission));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATORY, Roles.QUALITY})
    @Operation(summary = "Correct a submission record", description = "E.g. the outcome of a PENDING "
            + "submission. Needs If-Match and X-Change-Reason.")
    public SubmissionView correct(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                                  @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SubmissionRequest request) {
        RegulatorySubmission submission = trackRecord.correctSubmission(partnerId, id, ifMatch,
                request.toFacts(LocalDate.now(clock)));
        return SubmissionView.of(submission);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATORY, Roles.QUALITY})
    @Operation(summary = "Retire a submission record", description = "Needs If-Match and X-Change-Reason.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response retire(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                           @HeaderParam("If-Match") String ifMatch) {
        RegulatorySubmission submission = trackRecord.retireSubmission(partnerId, id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(submission.version())).build();
    }

    @GET
    @Operation(summary = "A partner's submissions track record", description = "Latest year first.")
    public SubmissionView.Items list(@PathParam("partnerId") UUID partnerId,
                                     @QueryParam("includeRetired") boolean includeRetired) {
        return new SubmissionView.Items(trackRecord.submissions(partnerId, includeRetired).stream()
                .map(SubmissionView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a submission record")
    public SubmissionView get(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                              @QueryParam("includeRetired") boolean includeRetired) {
        return SubmissionView.of(trackRecord.submission(partnerId, id, includeRetired));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a submission record")
    public AuditHistory history(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id) {
        trackRecord.submission(partnerId, id, true);
        return auditTrail.historyOf(RegulatorySubmission.class, id);
    }
}
