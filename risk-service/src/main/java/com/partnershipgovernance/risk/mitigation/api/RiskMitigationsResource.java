package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.mitigation.MitigationActions;
import com.partnershipgovernance.risk.mitigation.domain.MitigationAction;
import com.partnershipgovernance.risk.mitigation.domain.MitigationActionRepository;
import com.partnershipgovernance.risk.register.RiskAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The mitigation actions of a risk: plan one, list them. */
@Path("/risks/{id}/mitigations")
@Tag(name = "Mitigation actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskMitigationsResource {

    @Inject
    MitigationActions mitigations;

    @Inject
    MitigationActionRepository actions;

    @Inject
    RiskAccess access;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND, Roles.PARTNER_USER})
    @Operation(summary = "Plan a mitigation action", description = "On a live risk; the due date must not have "
            + "passed (400 naming dueOn). A partner user plans actions only on their partner's joint risks.")
    @APIResponseSchema(value = MitigationView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response plan(@PathParam("id") UUID riskId, @Valid @NotNull MitigationRequest request,
                         @Context UriInfo uri) {
        MitigationAction action = mitigations.plan(riskId, request.description().strip(), request.ownerSide(),
                request.ownerName().strip(), request.dueOn());
        return Created.at(uri.getBaseUriBuilder().path("mitigations"), action.id(),
                MitigationView.of(action, LocalDate.now(clock)));
    }

    @GET
    @Operation(summary = "Mitigation actions of a risk", description = "The soonest due first.")
    public MitigationView.Actions list(@PathParam("id") UUID riskId) {
        access.visible(riskId);
        LocalDate today = LocalDate.now(clock);
        return new MitigationView.Actions(actions.of(riskId).stream().map(a -> MitigationView.of(a, today)).toList());
    }
}
