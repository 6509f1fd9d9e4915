package com.partnershipgovernance.partner.team.api;

import com.partnershipgovernance.partner.team.PartnerTeam;
import com.partnershipgovernance.partner.team.domain.TeamMember;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The people behind a partner; quality or supply chain keep it. */
@Path("/partners/{partnerId}/team")
@Tag(name = "Partner team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    PartnerTeam team;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Add a person to the partner's team", description = "Project manager, quality lead, key "
            + "scientist or other. Honours Idempotency-Key.")
    @APIResponseSchema(value = TeamView.Member.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response add(@PathParam("partnerId") UUID partnerId, @Valid @NotNull TeamMemberRequest request,
                        @Context UriInfo uri) {
        TeamMember member = team.addMember(partnerId, request.role(), request.name().strip(),
                request.strippedTitle(), request.email(), request.joinedOn());
        return Created.in(uri, member.id(), TeamView.Member.of(member));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Correct a team member", description = "Needs If-Match and X-Change-Reason.")
    public TeamView.Member describe(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                                    @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TeamMemberRequest request) {
        TeamMember member = team.describeMember(partnerId, id, ifMatch, request.role(), request.name().strip(),
                request.strippedTitle(), request.email(), request.joinedOn());
        return TeamView.Member.of(member);
    }

    @POST
    @Path("/{id}/departure")
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Record that a person left the team", description = "Needs If-Match; adds a TURNOVER "
            + "continuity note. A second departure answers 409.")
    public TeamView.Member depart(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id,
                                  @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DepartureRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        TeamMember member = team.recordDeparture(partnerId, id, ifMatch, request.leftOn(), note);
        return TeamView.Member.of(member);
    }

    @GET
    @Operation(summary = "The partner's team", description = "Current, upcoming (joining on a later "
            + "day) and former members, vacant key roles today (project manager, quality lead) and departures in the last twelve months.")
    public TeamView team(@PathParam("partnerId") UUID partnerId) {
        return TeamView.of(team.members(partnerId), LocalDate.now(clock));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a team member")
    public TeamView.Member get(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id) {
        return TeamView.Member.of(team.member(partnerId, id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a team member")
    public AuditHistory history(@PathParam("partnerId") UUID partnerId, @PathParam("id") UUID id) {
        team.member(partnerId, id);
        return auditTrail.historyOf(TeamMember.class, id);
    }
}
