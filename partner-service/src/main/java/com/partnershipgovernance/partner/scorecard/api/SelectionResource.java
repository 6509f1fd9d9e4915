package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.Selections;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.partner.scorecard.domain.SelectionStatus;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
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

import java.util.Map;
import java.util.UUID;

/**
 * Selections (sourcing decisions): any function opens one; sponsor roles read them. Partner users
 * see nothing of them: 403 on the list and creation, 404 on any selection id.
 */
// reads by id: every sponsor role; partner users are let in only to find no selection (404)
@RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
        Roles.CLINICAL, Roles.STEERING_COMMITTEE, Roles.VIEWER, Roles.PARTNER_USER})
@Path("/selections")
@Tag(name = "Selections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "title", "title");

    @Inject
    Selections writer;

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionViews views;

    @Inject
    AuditTrail auditTrail;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL})
    @Operation(summary = "Open a selection", description = "Candidates must be existing partners (422 naming "
            + "candidatePartnerIds); the template must exist and be its latest version (422 naming templateId). "
            + "Honours Idempotency-Key.")
    @APIResponseSchema(value = SelectionView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response open(@Valid @NotNull SelectionRequest request, @Context UriInfo uri) {
        Selection selection = writer.open(request.title().strip(), request.description(), request.templateId(),
                request.ownerFunction(), request.candidates());
        return Created.in(uri, selection.id(), views.of(selection));
    }

    @Transactional
    @GET
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.STEERING_COMMITTEE, Roles.VIEWER})
    @Operation(summary = "List selections", description = "Paged; filter by status, owner function, template and "
            + "free text on the title; sort by createdAt (default, newest first) or title.")
    public Page<SelectionView> list(@BeanParam @Valid PageRequest page, @QueryParam("status") SelectionStatus status,
                                    @QueryParam("ownerFunction") EvaluatingFunction ownerFunction,
                                    @QueryParam("templateId") UUID templateId, @QueryParam("q") String text) {
        return Page.of(selections.search(status, ownerFunction, templateId, text, page.sort(SORTABLE, "-createdAt")),
                page, views::of);
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a selection", description = "With its signed decision once decided and its version "
            + "as ETag. 404 for partner users.")
    public SelectionView get(@PathParam("id") UUID id) {
        return views.of(selections.require(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a selection", description = "Who opened and decided it, when and why; the "
            + "scores have their own trail at /selections/{id}/scores/history. 404 for partner users.")
    public AuditHistory history(@PathParam("id") UUID id) {
        selections.require(id);
        return auditTrail.historyOf(Selection.class, id);
    }
}
