package com.partnershipgovernance.agreement.milestone.api;

import com.partnershipgovernance.agreement.milestone.MilestonePlanning;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneStatus;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Milestones across SOWs: query, read, complete, decide go/no-go, audit trail. */
@Path("/milestones")
@Tag(name = "Milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt");

    @Inject
    MilestonePlanning planning;

    @Inject
    MilestoneRepository milestones;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Transactional
    @GET
    @Operation(summary = "Query milestones across SOWs", description = "Paged, by due date by default; filters: "
            + "dueBefore (due strictly before that date), status, partnerId, sowId. A partner user sees their own "
            + "partner's only.")
    public Page<MilestoneView> query(@BeanParam @Valid PageRequest page, @QueryParam("dueBefore") LocalDate dueBefore,
                                     @QueryParam("status") MilestoneStatus status,
                                     @QueryParam("partnerId") UUID partnerId, @QueryParam("sowId") UUID sowId) {
        LocalDate today = LocalDate.now(clock);
        return Page.of(milestones.matching(dueBefore, status, partnerId, sowId, page.sort(SORTABLE, "dueDate")),
                page, m -> MilestoneView.of(m, today));
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a milestone", description = "With its decision and signature; ETag = its version.")
    public MilestoneView get(@PathParam("id") UUID id) {
        Milestone milestone = milestones.require(id);
        return MilestoneView.of(milestone, LocalDate.now(clock));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY, Roles.REGULATORY, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Complete a milestone", description = "Records the completion date (today or earlier) of an "
            + "OPEN milestone (else 409) and publishes milestone.completed with daysLate (negative when early). "
            + "Needs If-Match.")
    public MilestoneView complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull MilestoneRequest.Completion request) {
        Milestone milestone = planning.complete(id, ifMatch, request.completedOn(), request.reason());
        return MilestoneView.of(milestone, LocalDate.now(clock));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY, Roles.REGULATORY, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND})
    @Operation(summary = "Resume a held milestone", description = "ON_HOLD -> OPEN (else 409) once the work was "
            + "re-planned after a NO_GO, with the reason. Needs If-Match.")
    public MilestoneView resume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull MilestoneRequest.Resumption request) {
        Milestone milestone = planning.resume(id, ifMatch, request.reason().strip());
        return MilestoneView.of(milestone, LocalDate.now(clock));
    }

    @POST
    @Path("/{id}/go-no-go")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY, Roles.REGULATORY, Roles.SUPPLY_CHAIN, Roles.CLINICAL,
            Roles.RND, Roles.STEERING_COMMITTEE})
    @Operation(summary = "Decide go/no-go at a milestone", description = "GO, NO_GO or GO_WITH_CONDITIONS with the "
            + "rationale and an electronic signature (fresh token, else 401), once per decision point (409 when "
            + "decided; 422 naming decisionPoint when the milestone is none). A NO_GO puts the milestones depending "
            + "on it on hold. Publishes milestone.go-no-go-decided. Needs If-Match.")
    public MilestoneView decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull MilestoneRequest.Decision request) {
        Milestone milestone = planning.decide(id, ifMatch, request.decision(), request.rationale().strip(),
                request.signature().meaning());
        return MilestoneView.of(milestone, LocalDate.now(clock));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a milestone", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        return auditTrail.historyOf(Milestone.class, milestones.require(id).id());
    }
}
