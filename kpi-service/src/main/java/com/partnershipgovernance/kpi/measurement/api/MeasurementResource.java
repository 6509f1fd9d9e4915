package com.partnershipgovernance.kpi.measurement.api;

import com.partnershipgovernance.kpi.measurement.MeasurementEntry;
import com.partnershipgovernance.kpi.measurement.domain.Measurement;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementSource;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measurements of KPIs: entered by the sponsor's functions and integrations (one, or a batch stored
 * all-or-nothing), derived from events, read by everyone in scope (a partner's user: their own).
 */
@Path("/measurements")
@Tag(name = "Measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    private static final Map<String, String> SORTABLE = Map.of("period", "periodStart", "kpiCode", "kpiCode",
            "recordedAt", "recordedAt");

    @Inject
    MeasurementEntry entry;

    @Inject
    MeasurementRepository measurements;

    @Inject
    MeasurementViews views;

    @Inject
    AuditTrail auditTrail;

    /** The result of an import: every measurement stored. */
    public record ImportResult(List<MeasurementView> items) {
    }

    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Enter a measurement", description = "For a KPI whose source is MANUAL, a known partner and "
            + "a period of the KPI's periodicity (month YYYY-MM or quarter YYYY-Qn). An unknown or derived KPI answers "
            + "422 naming kpiCode; a period that already has a value 422 naming period. Honours Idempotency-Key.")
    @APIResponseSchema(value = MeasurementView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response enter(@Valid @NotNull MeasurementRequest request, @Context UriInfo uri) {
        Measurement measurement = entry.enter(List.of(request.toValue()), i -> "").get(0);
        return Created.in(uri, measurement.id(), views.of(measurement));
    }

    @Transactional
    @POST
    @Path("/import")
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Import many measurements", description = "All or nothing: every row is checked first and "
            + "a single bad row stores nothing; errors name the row's field, e.g. measurements[3].value (400 for a "
            + "malformed value, 422 for a broken rule). Honours Idempotency-Key.")
    @APIResponseSchema(value = ImportResult.class, responseCode = "201",
            responseDescription = "Created: every measurement stored")
    public Response importAll(@Valid @NotNull MeasurementImportRequest request) {
        List<Measurement> stored = entry.enter(request.measurements().stream().map(MeasurementRequest::toValue)
                .toList(), i -> "measurements[" + i + "].");
        return Response.status(Response.Status.CREATED)
                .entity(new ImportResult(stored.stream().map(views::of).toList())).build();
    }

    @Transactional
    @GET
    @Operation(summary = "List measurements", description = "Filter by kpiCode, partnerId, period and source; sorted "
            + "by period, latest first, by default. A partner's user sees only their own partner's.")
    public Page<MeasurementView> list(@BeanParam @Valid PageRequest page, @QueryParam("kpiCode") String kpiCode,
                                      @QueryParam("partnerId") UUID partnerId, @QueryParam("period") String period,
                                      @QueryParam("source") MeasurementSource source) {
        return Page.of(measurements.matching(kpiCode, partnerId, period, source, page.sort(SORTABLE, "-period")),
                page, views::of);
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a measurement", description = "With its RAG, target and source events; its version "
            + "as ETag.")
    public MeasurementView get(@PathParam("id") UUID id) {
        return views.of(visible(id));
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Correct an entered measurement", description = "A new value (and comment) for a MANUAL or "
            + "INTEGRATION measurement; a derived one answers 409. Needs If-Match and X-Change-Reason.")
    public MeasurementView correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull CorrectionRequest request) {
        return views.of(entry.correct(id, ifMatch, request.value(), request.comment()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a measurement", description = "Every value it had: who or which event set "
            + "it, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        visible(id);
        return auditTrail.historyOf(Measurement.class, id);
    }

    private Measurement visible(UUID id) {
        return measurements.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Measurement", id));
    }
}
