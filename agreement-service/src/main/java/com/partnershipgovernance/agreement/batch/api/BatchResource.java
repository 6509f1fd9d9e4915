package com.partnershipgovernance.agreement.batch.api;

import com.partnershipgovernance.agreement.batch.BatchRecords;
import com.partnershipgovernance.agreement.batch.domain.Batch;
import com.partnershipgovernance.agreement.batch.domain.BatchRepository;
import com.partnershipgovernance.agreement.batch.domain.Disposition;
import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
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
 * Manufacturing batches under MANUFACTURING SOWs: supply chain and quality record them; quality releases or
 * rejects them, flags rework and links deviations.
 */
@Path("/batches")
@Tag(name = "Batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchResource {

    private static final Map<String, String> SORTABLE = Map.of("manufacturedOn", "manufacturedOn",
            "createdAt", "createdAt");

    @Inject
    BatchRecords records;

    @Inject
    BatchRepository batches;

    @Inject
    AgreementAccess agreements;

    @Inject
    AuditTrail auditTrail;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.SUPPLY_CHAIN, Roles.QUALITY})
    @Operation(summary = "Record a batch", description = "A batch or lot made under a MANUFACTURING SOW (else 422 "
            + "naming sowId), PENDING disposition; the batch number is unique per SOW (409). Honours "
            + "Idempotency-Key.")
    @APIResponseSchema(value = BatchView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response record(@Valid @NotNull BatchRequest request, @Context UriInfo uri) {
        Batch batch = records.record(request.toRequest());
        return Created.in(uri, batch.id(), BatchView.of(batch));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a batch", description = "With disposition and right-first-time; ETag = its version.")
    public BatchView get(@PathParam("id") UUID id) {
        Batch batch = batches.require(id);
        return BatchView.of(batch);
    }

    @Transactional
    @GET
    @Operation(summary = "List batches", description = "Paged, newest first; filter by SOW, partner and "
            + "disposition. A partner user sees their own partner's only.")
    public Page<BatchView> list(@BeanParam @Valid PageRequest page, @QueryParam("sowId") UUID sowId,
                                @QueryParam("partnerId") UUID partnerId,
                                @QueryParam("disposition") Disposition disposition) {
        return Page.of(batches.matching(sowId, partnerId, disposition, page.sort(SORTABLE, "-createdAt")), page,
                BatchView::of);
    }

    @POST
    @Path("/{id}/disposition")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Release or reject a batch", description = "PENDING -> RELEASED or REJECTED, once (else "
            + "409), with the reason and the date (today when omitted, never in the future). Needs If-Match. "
            + "Publishes batch.dispositioned with rightFirstTime.")
    public BatchView disposition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull BatchRequest.DispositionRequest request) {
        Batch batch = records.disposition(id, ifMatch, request.to(), request.reason().strip(),
                request.dispositionedOn());
        return BatchView.of(batch);
    }

    @POST
    @Path("/{id}/rework")
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Flag rework on a batch", description = "Before disposition (else 409); the batch is then "
            + "not right first time. Needs If-Match.")
    public BatchView rework(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull BatchRequest.ReworkRequest request) {
        Batch batch = records.markRework(id, ifMatch, request.reason().strip());
        return BatchView.of(batch);
    }

    @POST
    @Path("/{id}/deviations/{deviationId}")
    @Consumes(MediaType.WILDCARD) // takes no body: a call without a Content-Type must not answer 415
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Link a deviation to a batch", description = "The deviation must have been reported "
            + "under the batch's SOW (422 naming deviationId); linking it again changes nothing. The batch is then "
            + "not right first time. Needs If-Match.")
    public BatchView linkDeviation(@PathParam("id") UUID id, @PathParam("deviationId") UUID deviationId,
                                   @HeaderParam("If-Match") String ifMatch) {
        Batch batch = records.linkDeviation(id, ifMatch, deviationId);
        return BatchView.of(batch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a batch", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return auditTrail.historyOf(Batch.class, batches.require(id).id());
    }
}
