package com.partnershipgovernance.agreement.deviation.api;

import com.partnershipgovernance.agreement.deviation.DeviationHandling;
import com.partnershipgovernance.agreement.deviation.DeviationReporting;
import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Quality's work on a deviation: classify, investigate, CAPA, move and close. Every action needs If-Match. */
@Path("/deviations/{id}")
@Tag(name = "Deviations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.QUALITY)
public class DeviationWorkResource {

    @Inject
    DeviationReporting reporting;

    @Inject
    DeviationHandling handling;

    @Inject
    DeviationRepository deviations;

    @Transactional
    @POST
    @Path("/classification")
    @Operation(summary = "Classify a deviation", description = "Sets or changes the severity (409 when unchanged or "
            + "closed), judges notifiedOnTime for it and publishes deviation.classified with previousSeverity.")
    public DeviationView classify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull DeviationCommands.Classification request) {
        return DeviationView.of(reporting.classify(id, ifMatch, request.severity(), request.reason()));
    }

    @Transactional
    @PUT
    @Path("/investigation")
    @Operation(summary = "Record a deviation's investigation", description = "Findings and, once known, the root "
            + "cause; 409 when closed.")
    public DeviationView investigate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     @Valid @NotNull DeviationCommands.Investigation request) {
        return DeviationView.of(handling.recordInvestigation(id, ifMatch, request.findings().strip(),
                request.rootCause() == null || request.rootCause().isBlank() ? null : request.rootCause().strip()));
    }

    @Transactional
    @POST
    @IdempotentCreate
    @Path("/capa-actions")
    @Operation(summary = "Add a CAPA action", description = "With owner and due date (not in the past), while the "
            + "deviation is UNDER_INVESTIGATION or CAPA_IN_PROGRESS (else 409). Honours Idempotency-Key.")
    @APIResponseSchema(value = DeviationView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response addCapaAction(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull DeviationCommands.CapaActionRequest request, @Context UriInfo uri) {
        CapaAction action = handling.addCapaAction(id, ifMatch, request.description().strip(), request.owner().strip(),
                request.dueOn());
        Deviation deviation = deviations.findById(id);
        return Created.in(uri, action.id(), DeviationView.of(deviation));
    }

    @Transactional
    @POST
    @Path("/capa-actions/{actionId}/effectiveness-check")
    @Operation(summary = "Record a CAPA action's effectiveness check", description = "Effective closes the action; "
            + "ineffective is recorded and keeps it open. 409 when the action is already closed.")
    public DeviationView checkCapaAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                                         @HeaderParam("If-Match") String ifMatch,
                                         @Valid @NotNull DeviationCommands.EffectivenessCheck request) {
        handling.checkCapaAction(id, ifMatch, actionId, request.checkedOn(), request.result().strip(),
                request.effective());
        return DeviationView.of(deviations.findById(id));
    }

    @Transactional
    @POST
    @Path("/status")
    @Operation(summary = "Move a deviation in its lifecycle", description = "REPORTED -> UNDER_INVESTIGATION "
            + "(classified first) -> CAPA_IN_PROGRESS (an action first) -> CLOSED; UNDER_INVESTIGATION -> CLOSED; "
            + "CAPA_IN_PROGRESS -> UNDER_INVESTIGATION. 409 for other moves. Closing needs a root cause and no open "
            + "CAPA action (422 naming them) and an electronic signature by quality with a fresh token; it "
            + "publishes deviation.closed.")
    public DeviationView move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull DeviationCommands.StatusChange request) {
        return DeviationView.of(handling.move(id, ifMatch, request.to(), request.reason(),
                request.signature() == null ? null : request.signature().meaning()));
    }
}
