package com.partnershipgovernance.agreement.milestone.api;

import com.partnershipgovernance.agreement.milestone.MilestonePlanning;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.sow.StatementOfWorkKind;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.UUID;

/** The milestones of one SOW: plan one, list them. */
@Path("/sows/{sowId}/milestones")
@Tag(name = "Milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SowMilestoneResource {

    @Inject
    MilestonePlanning planning;

    @Inject
    MilestoneRepository milestones;

    @Inject
    StatementOfWorkKind sows;

    @Inject
    AgreementAccess agreements;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY, Roles.REGULATORY, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Plan a milestone on a SOW", description = "Name, due date, owner, optionally the SOW "
            + "deliverable it produces (else 422 naming deliverable), whether it is a go/no-go decision point, and "
            + "the milestones of the same SOW it depends on (else 422 naming dependsOn[i]). Honours "
            + "Idempotency-Key.")
    @APIResponseSchema(value = MilestoneView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response plan(@PathParam("sowId") UUID sowId, @Valid @NotNull MilestoneRequest request,
                         @Context UriInfo uri) {
        Milestone milestone = planning.plan(sowId, request.toPlan());
        return Created.at(uri.getBaseUriBuilder().path("milestones"), milestone.id(),
                MilestoneView.of(milestone, LocalDate.now(clock)));
    }

    @Transactional
    @GET
    @Operation(summary = "Milestones of a SOW", description = "Every milestone of the SOW by due date. A partner "
            + "user reads their own partner's SOWs only (404 otherwise).")
    public MilestoneList list(@PathParam("sowId") UUID sowId) {
        UUID id = agreements.readable(sows, sowId).id();
        LocalDate today = LocalDate.now(clock);
        return new MilestoneList(milestones.ofSow(id).stream().map(m -> MilestoneView.of(m, today)).toList());
    }

    /** The milestones of a SOW. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SowMilestones")
    public record MilestoneList(List<MilestoneView> items) {
    }
}
