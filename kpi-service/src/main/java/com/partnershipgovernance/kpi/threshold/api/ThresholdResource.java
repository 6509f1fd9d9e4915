package com.partnershipgovernance.kpi.threshold.api;

import com.partnershipgovernance.kpi.threshold.ThresholdSetting;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;
import com.partnershipgovernance.kpi.threshold.domain.RagThresholdRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Roles;
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

import java.util.UUID;

/** One set of thresholds: read it, its audit trail, and end its validity. */
@Path("/thresholds/{id}")
@Tag(name = "Targets and RAG thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThresholdResource {

    @Inject
    ThresholdSetting setting;

    @Inject
    RagThresholdRepository thresholds;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "Read thresholds", description = "With their version as ETag.")
    public ThresholdView get(@PathParam("id") UUID id) {
        return ThresholdView.of(visible(id));
    }

    @POST
    @Path("/end")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "End thresholds", description = "Sets the last day they apply, so that new ones can take "
            + "over; validUntil before validFrom answers 400. Needs If-Match and a reason.")
    public ThresholdView end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull EndThresholdRequest request) {
        return ThresholdView.of(setting.end(id, ifMatch, request.validUntil(), request.reason()));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Audit trail of thresholds", description = "Who set or ended them, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        visible(id);
        return auditTrail.historyOf(RagThreshold.class, id);
    }

    private RagThreshold visible(UUID id) {
        return thresholds.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Thresholds", id));
    }
}
