package com.partnershipgovernance.kpi.threshold.api;

import com.partnershipgovernance.kpi.definition.KpiCatalogue;
import com.partnershipgovernance.kpi.threshold.ThresholdSetting;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;
import com.partnershipgovernance.kpi.threshold.domain.RagThresholdRepository;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.security.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The targets and RAG thresholds of one KPI: set by admin and quality, read by everyone in scope. */
@Path("/kpi-definitions/{code}/thresholds")
@Tag(name = "Targets and RAG thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiThresholdsResource {

    @Inject
    ThresholdSetting setting;

    @Inject
    RagThresholdRepository thresholds;

    @Inject
    KpiCatalogue catalogue;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Set a KPI's target and RAG thresholds", description = "For a partner, or without partnerId "
            + "the portfolio default, valid from a date (until an optional last day). Thresholds in the wrong order "
            + "for the KPI's direction answer 422 naming redThreshold (or target, which must read green); a validity "
            + "overlapping other thresholds of the same KPI and partner 422 naming validFrom. Honours Idempotency-Key.")
    @APIResponseSchema(value = ThresholdView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response set(@PathParam("code") String code, @Valid @NotNull ThresholdRequest request,
                        @Context UriInfo uri) {
        RagThreshold threshold = setting.set(code, request.partnerId(), request.limits(), request.validFrom(),
                request.validUntil(), request.comment());
        return Created.at(uri.getBaseUriBuilder().path("thresholds"), threshold.id(), ThresholdView.of(threshold));
    }

    @GET
    @Operation(summary = "A KPI's targets and RAG thresholds", description = "Portfolio defaults and per-partner "
            + "thresholds, oldest first; partnerId narrows to one partner's (and the defaults). A partner's user "
            + "sees the defaults and their own partner's.")
    public List<ThresholdView> list(@PathParam("code") String code, @QueryParam("partnerId") UUID partnerId) {
        catalogue.get(code);
        return thresholds.ofKpiFor(code, partnerId).stream().map(ThresholdView::of).toList();
    }
}
