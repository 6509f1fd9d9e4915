package com.partnershipgovernance.agreement.deviation.api;

import com.partnershipgovernance.agreement.deviation.DeviationHistory;
import com.partnershipgovernance.agreement.deviation.DeviationReporting;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationCategory;
import com.partnershipgovernance.agreement.deviation.domain.DeviationFilter;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.agreement.deviation.domain.DeviationStatus;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Deviations: report one (quality, or a partner user for their own partnership), read, find by QMS number, list
 * and read the audit trail. Quality's work on them is in {@link DeviationWorkResource}.
 */
@Path("/deviations")
@Tag(name = "Deviations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviationResource {

    private static final Map<String, String> SORTABLE = Map.of("reportedOn", "reportedOn", "occurredOn", "occurredOn",
            "createdAt", "createdAt");

    @Inject
    DeviationReporting reporting;

    @Inject
    DeviationRepository deviations;

    @Inject
    DeviationHistory history;

    @Inject
    Clock clock;

    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.PARTNER_USER})
    @Operation(summary = "Report a deviation", description = "Records it as REPORTED and publishes "
            + "deviation.reported. A partner user reports for their own partner, unclassified (a severity they "
            + "send is ignored: quality classifies). 422 naming partnerId for an unknown partner; 400 naming "
            + "occurredOn or reportedOn for a date in the future or reported before it occurred; 409 naming "
            + "externalRef when the partner already has that QMS number. notifiedOnTime is judged once the "
            + "severity is known. Honours Idempotency-Key.")
    @APIResponseSchema(value = DeviationView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response report(@Valid @NotNull DeviationRequest request, @Context UriInfo uri) {
        Deviation deviation = reporting.report(
                request.toReport(LocalDate.now(clock), PartnerScope.current().isPresent()));
        return Created.in(uri, deviation.id(), DeviationView.of(deviation));
    }

    // the most frequent read runs without a JTA transaction to begin and commit: Quarkus reads in a request-scoped,
    // read-only session, and the CAPA actions come with the deviation in one query (nothing loads lazily later)
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a deviation", description = "With its CAPA actions and closure signature; ETag = "
            + "its version.")
    public DeviationView get(@PathParam("id") UUID id) {
        Deviation deviation = deviations.require(id);
        return DeviationView.of(deviation);
    }

    @Transactional
    @GET
    @Operation(summary = "List deviations", description = "Paged, newest report first by default; filter by "
            + "partner, SOW, QMS number (externalRef), status, severity. A partner user sees their own only.")
    public Page<DeviationView> list(@BeanParam @Valid PageRequest page, @QueryParam("partnerId") UUID partnerId,
                                    @QueryParam("sowId") UUID sowId, @QueryParam("externalRef") String externalRef,
                                    @QueryParam("status") DeviationStatus status,
                                    @QueryParam("severity") DeviationSeverity severity,
                                    @QueryParam("category") DeviationCategory category) {
        return Page.of(deviations.matching(new DeviationFilter(partnerId, sowId, externalRef, status, severity,
                category), page.sort(SORTABLE, "-reportedOn")), page, DeviationView::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a deviation", description = "Who changed what, when and why, its CAPA "
            + "actions' fields named capaActions[n].field.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return history.of(deviations.require(id));
    }

}
