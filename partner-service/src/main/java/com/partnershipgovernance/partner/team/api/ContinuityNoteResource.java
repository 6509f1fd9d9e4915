package com.partnershipgovernance.partner.team.api;

import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.partner.team.PartnerTeam;
import com.partnershipgovernance.partner.team.domain.ContinuityNote;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.problem.ValidationException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Dated notes on staff turnover and continuity at the partner; added to, never edited. */
@Path("/partners/{partnerId}/continuity-notes")
@Tag(name = "Partner team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContinuityNoteResource {

    @Inject
    PartnerTeam team;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.QUALITY, Roles.SUPPLY_CHAIN})
    @Operation(summary = "Add a continuity note", description = "Dated no later than today. Honours "
            + "Idempotency-Key.")
    @APIResponseSchema(value = TeamView.Note.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response add(@PathParam("partnerId") UUID partnerId, @Valid @NotNull ContinuityNoteRequest request) {
        if (request.notedOn().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("notedOn", "must not be in the future");
        }
        ContinuityNote note = team.addNote(partnerId, request.teamMemberId(), request.notedOn(), request.kind(),
                request.note().strip());
        return Response.status(Response.Status.CREATED).entity(TeamView.Note.of(note)).build();
    }

    @GET
    @Operation(summary = "A partner's continuity notes", description = "Latest first.")
    public TeamView.Notes list(@PathParam("partnerId") UUID partnerId) {
        return new TeamView.Notes(team.notes(partnerId).stream().map(TeamView.Note::of).toList());
    }
}
