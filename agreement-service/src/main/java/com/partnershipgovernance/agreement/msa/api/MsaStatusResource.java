package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.lifecycle.api.StatusChangeRequest;
import com.partnershipgovernance.agreement.msa.MsaLifecycle;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The lifecycle of an MSA: explicit moves by legal, approvals and executions signed. */
@Path("/msas/{id}/status")
@Tag(name = "MSAs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MsaStatusResource {

    @Inject
    MsaLifecycle lifecycle;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @RolesAllowed(Roles.LEGAL)
    @Operation(summary = "Move an MSA in its lifecycle", description = "DRAFT -> IN_REVIEW -> APPROVED -> EXECUTED "
            + "-> SUSPENDED / EXPIRED / TERMINATED; IN_REVIEW -> DRAFT (returned with comments); SUSPENDED -> "
            + "EXECUTED (reinstated). Needs If-Match; an illegal move answers 409. APPROVED and EXECUTED need an "
            + "electronic signature by legal with a fresh token (else 401); EXECUTED needs a QUALIFIED or "
            + "CONDITIONALLY_APPROVED partner (else 422). Executing an amendment supersedes the version it "
            + "replaces. Publishes agreement.status-changed per version moved.")
    @APIResponseSchema(value = MsaView.class, responseCode = "200",
            responseDescription = "The record as it now stands; its version in ETag")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull StatusChangeRequest request) {
        MasterServicesAgreement msa = lifecycle.change(id, ifMatch, request.version(), request.to(), request.reason(),
                request.signature() == null ? null : request.signature().meaning());
        return Response.ok(MsaView.of(msa)).tag(Preconditions.etag(msa.version())).build();
    }
}
