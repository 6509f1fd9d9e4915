package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.mitigation.MitigationActions;
import com.partnershipgovernance.risk.mitigation.domain.MitigationAction;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** One mitigation action: read it, move it, read its trail. */
@Path("/mitigations/{id}")
@Tag(name = "Mitigation actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MitigationResource {

    @Inject
    MitigationActions mitigations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Read a mitigation action", description = "With its version as ETag.")
    public MitigationView get(@PathParam("id") UUID id) {
        return view(mitigations.visible(id));
    }

    @POST
    @Path("/status")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND, Roles.PARTNER_USER})
    @Operation(summary = "Move a mitigation action", description = "PLANNED, IN_PROGRESS, COMPLETED (with when, not "
            + "in the future) or CANCELLED, with a reason. Needs If-Match; an illegal move answers 409.")
    public MitigationView changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull MitigationStatusRequest request) {
        return view(mitigations.changeStatus(id, ifMatch, request.to(), request.reason().strip(),
                request.completedOn(), request.completionNote()));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Audit trail of a mitigation action", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        mitigations.visible(id);
        return auditTrail.historyOf(MitigationAction.class, id);
    }

    private MitigationView view(MitigationAction action) {
        return MitigationView.of(action, LocalDate.now(clock));
    }
}
