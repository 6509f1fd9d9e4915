package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.TrackRecord;
import com.partnershipgovernance.partner.regulatory.domain.Inspection;
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

/** Regulatory inspections of a partner; quality owns them. */
@Path("/partners/{partnerId}/inspections")
@Tag(name = "Regulatory track record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    TrackRecord trackRecord;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Record an inspection", description = "Outcome NAI, VAI, OAI, FORM_483 (with at least "
            + "one observation) or WARNING_LETTER; siteId, if given, must be a site of the partner (422). "
            + "Honours Idempotency-Key.")
    @APIResponseSchema(value = InspectionView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response record(@PathParam("partnerId") UUID partnerId, @Valid @NotNull InspectionRequest request,
                           @Context UriInfo uri) {
        Inspection inspection = trackRecord.recordInspection(partnerId, request.toFacts(LocalDate.now(clock)));
        return Created.in(uri, inspection.id(), InspectionView.of(inspection));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Correct an inspection record", description = "Needs If-Match and X-Change-Reason.")
    public InspectionView correct(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                                  @HeaderParam("If-Match") String ifMatch, @Valid @NotNull InspectionRequest request) {
        Inspection inspection = trackRecord.correctInspection(partnerId, id, ifMatch,
                request.toFacts(LocalDate.now(clock)));
        return InspectionView.of(inspection);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Retire an inspection record", description = "Needs If-Match and X-Change-Reason; the "
            + "record and its history stay, readable with includeRetired=true.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response retire(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                           @HeaderParam("If-Match") String ifMatch) {
        Inspection inspection = trackRecord.retireInspection(partnerId, id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(inspection.version())).build();
    }

    @GET
    @Operation(summary = "A partner's inspections", description = "Latest first.")
    public InspectionView.Items list(@PathParam("partnerId") UUID partnerId,
                                     @QueryParam("includeRetired") boolean includeRetired) {
        return new InspectionView.Items(trackRecord.inspections(partnerId, includeRetired).stream()
                .map(InspectionView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an inspection")
    public InspectionView get(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                              @QueryParam("includeRetired") boolean includeRetired) {
        return InspectionView.of(trackRecord.inspection(partnerId, id, includeRetired));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of an inspection record")
    public AuditHistory history(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id) {
        trackRecord.inspection(partnerId, id, true);
        return auditTrail.historyOf(Inspection.class, id);
    }
}
