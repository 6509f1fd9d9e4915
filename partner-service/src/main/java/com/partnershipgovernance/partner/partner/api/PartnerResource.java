package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.PartnerRegistration;
import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
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

/** Partners: register a prospect, read one, list and filter, and read its audit trail. */
@Path("/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "legalName", "legalName", "registeredAt", "registeredAt", "type", "type");

    @Inject
    PartnerRegistration registration;

    @Inject
    PartnerRepository partners;

    @Inject
    AuditTrail auditTrail;


    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Register a partner", description = "Creates a PROSPECT from its legal name and type "
            + "and publishes partner.registered. Honours Idempotency-Key.")
    @APIResponseSchema(value = PartnerView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response register(@Valid @NotNull PartnerProfileRequest request, @Context UriInfo uri) {
        Partner partner = registration.register(request.toProfile());
        return Created.in(uri, partner.id(), PartnerView.of(partner));
    }

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Revise a partner's profile", description = "Replaces the profile. Needs If-Match; "
            + "X-Change-Reason is required once the partner was approved. Publishes partner.updated when name, "
            + "type, service or engagement model, or country change.")
    public PartnerView revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull PartnerProfileRequest request) {
        Partner partner = registration.revise(id, ifMatch, request.toProfile());
        return PartnerView.of(partner);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Retire a partner", description = "For a partner registered in error or a prospect "
            + "dropped before approval: needs If-Match and X-Change-Reason. An approved or suspended partner is "
            + "disqualified instead (422). The record and its history stay, readable with includeRetired=true.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Partner partner = registration.retire(id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(partner.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a partner", description = "Answers the partner with its version as ETag; a "
            + "retired partner only with includeRetired=true.")
    public PartnerView get(@PathParam("id") UUID id, @QueryParam("includeRetired") boolean includeRetired) {
        Partner partner = partners.require(id, includeRetired);
        return PartnerView.of(partner);
    }

    @GET
    @Operation(summary = "List partners", description = "Paged; filter by type, modality, capability, scale, "
            + "country, qualification status, engagement model and free text on the legal name.")
    public Page<PartnerView> list(@BeanParam @Valid PageRequest page, @BeanParam @Valid PartnerFilter filter,
                                  @QueryParam("q") String text,
                                  @QueryParam("includeRetired") boolean includeRetired) {
        return Page.of(partners.search(filter.search(text, includeRetired), page.sort(SORTABLE, "legalName")),
                page, PartnerView::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a partner", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        partners.require(id, true);
        return auditTrail.historyOf(Partner.class, id);
    }
}
