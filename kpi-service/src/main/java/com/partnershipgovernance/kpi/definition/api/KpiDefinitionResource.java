package com.partnershipgovernance.kpi.definition.api;

import com.partnershipgovernance.kpi.definition.KpiCatalogue;
import com.partnershipgovernance.kpi.definition.domain.KpiCategory;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The KPI catalogue: everyone signed in reads it; admin and quality define and revise KPIs. */
@Path("/kpi-definitions")
@Tag(name = "KPI definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiDefinitionResource {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "category", "category");

    @Inject
    KpiCatalogue catalogue;

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "List KPI definitions", description = "Paged, sorted by code by default; filter by "
            + "category.")
    public Page<KpiDefinitionView> list(@BeanParam @Valid PageRequest page,
                                        @QueryParam("category") KpiCategory category) {
        return Page.of(definitions.inCategory(category, page.sort(SORTABLE, "code")), page, KpiDefinitionView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a KPI definition", description = "With its version as ETag.")
    public KpiDefinitionView get(@PathParam("code") String code) {
        return KpiDefinitionView.of(catalogue.get(code));
    }

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Define a KPI", description = "A code already used answers 422 naming code. Honours "
            + "Idempotency-Key.")
    @APIResponseSchema(value = KpiDefinitionView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response define(@Valid @NotNull KpiDefinitionRequest request) {
        KpiDefinition definition = catalogue.define(request.code(), request.toDescription(), request.direction(),
                request.aggregation(), request.periodicity(), request.source());
        return Created.at(UriBuilder.fromPath("/kpi-definitions"), definition.code(), KpiDefinitionView.of(definition));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Revise a KPI definition", description = "Name, description, unit and category; code, "
            + "direction, aggregation, periodicity and source stay as defined. Needs If-Match and X-Change-Reason.")
    public KpiDefinitionView revise(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull KpiRevisionRequest request) {
        return KpiDefinitionView.of(catalogue.revise(code, ifMatch, request.toDescription()));
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "Audit trail of a KPI definition", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("code") String code) {
        return auditTrail.historyOf(KpiDefinition.class, catalogue.get(code).id());
    }
}
