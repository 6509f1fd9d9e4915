package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RiskAccess;
import com.partnershipgovernance.risk.register.RiskRegister;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskScoreChangeRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The risk register: raise, list and filter (also those overdue for review), read, revise, re-score, move, and read
 * the trails of a risk.
 */
@Path("/risks")
@Tag(name = "Risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {

    private static final Map<String, String> SORTABLE = Map.of("score", "score", "raisedAt", "raisedAt",
            "nextReviewOn", "nextReviewOn", "title", "title", "category", "category");

    @Inject
    RiskRegister register;

    @Inject
    RiskRepository risks;

    @Inject
    RiskScoreChangeRepository scoreChanges;

    @Inject
    RiskAccess access;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RiskSettings settings;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Raise a risk", description = "OPEN, against a partner risk-service knows (else 422 naming "
            + "partnerId); likelihood and impact 1 to 5. Publishes risk.raised. Honours Idempotency-Key.")
    @APIResponseSchema(value = RiskView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response raise(@Valid @NotNull RiskRequest request, @Context UriInfo uri) {
        Risk risk = register.raise(request.partnerId(), request.details(), request.score());
        return Created.in(uri, risk.id(), view(risk));
    }

    @GET
    @Operation(summary = "List risks", description = "Paged, highest score first by default; filter by partner, "
            + "category, status and joint. A partner user sees only their partner's joint risks.")
    public Page<RiskView> list(@BeanParam @Valid PageRequest page, @BeanParam RiskFilter filter) {
        return views(risks.register(filter::appendTo, page.sort(SORTABLE, "-score").and("id")), page);
    }

    @GET
    @Path("/reviews-overdue")
    @Tag(name = "Risk reviews")
    @Operation(summary = "Risks overdue for review", description = "Live risks whose next review date has passed, "
            + "the longest overdue first (sort: nextReviewOn, score, raisedAt, title, category); takes the register's "
            + "filters.")
    public Page<RiskView> overdueForReview(@BeanParam @Valid PageRequest page, @BeanParam RiskFilter filter) {
        return views(risks.overdueForReview(LocalDate.now(clock), filter::appendTo,
                page.sort(SORTABLE, "nextReviewOn").and("id")), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a risk", description = "With its version as ETag; a retired risk answers 404 unless "
            + "includeRetired=true.")
    public RiskView get(@PathParam("id") UUID id,
                        @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return view(access.visible(id, includeRetired));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Revise a risk", description = "Replaces title, description, category, links, owner, joint "
            + "flag, residual score and review frequency. Needs If-Match and X-Change-Reason.")
    public RiskView revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RiskRevisionRequest request) {
        return view(register.revise(id, ifMatch, request.details()));
    }

    @POST
    @Path("/{id}/score")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Re-score a risk", description = "New likelihood and impact with a reason, kept in the "
            + "score history. Needs If-Match; a closed risk answers 409. Publishes risk.rescored.")
    public RiskView rescore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull RescoreRequest request) {
        return view(register.rescore(id, ifMatch, new RiskScore(request.likelihood(), request.impact()),
                request.reason().strip()));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Move a risk in its lifecycle", description = "OPEN, MITIGATING, ACCEPTED, CLOSED with a "
            + "reason; a closed risk can be reopened. Needs If-Match; an illegal move answers 409.")
    public RiskView changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull StatusChangeRequest request) {
        return view(register.changeStatus(id, ifMatch, request.to(), request.reason().strip()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Retire a risk", description = "Risks are never deleted: the risk is retired with who, when "
            + "and why (X-Change-Reason, required) and If-Match. It leaves lists, heat map, exposure and the rules "
            + "(a later event raises a new risk); it answers 404 unless includeRetired=true and keeps its history.")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        register.retire(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a risk", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id,
                                @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        access.visible(id, includeRetired);
        return auditTrail.historyOf(Risk.class, id);
    }

    @GET
    @Path("/{id}/score-history")
    @Operation(summary = "Score history of a risk", description = "The score it was raised with, then every "
            + "re-score with the previous score, reason, who, when and the causing event.")
    public ScoreChangeView.History scoreHistory(@PathParam("id") UUID id,
                                                @QueryParam("includeRetired") @DefaultValue("false")
                                                boolean includeRetired) {
        access.visible(id, includeRetired);
        return new ScoreChangeView.History(scoreChanges.historyOf(id).stream()
                .map(change -> ScoreChangeView.of(change, settings.bands())).toList());
    }

    private Page<RiskView> views(PanacheQuery<Risk> matching, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return Page.of(matching, page, risk -> RiskView.of(risk, settings.bands(), today));
    }

    private RiskView view(Risk risk) {
        return RiskView.of(risk, settings.bands(), LocalDate.now(clock));
    }
}
