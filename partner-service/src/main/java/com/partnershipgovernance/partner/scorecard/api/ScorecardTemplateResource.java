package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.ScorecardHistory;
import com.partnershipgovernance.partner.scorecard.ScorecardTemplates;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplateRepository;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * Scorecard templates. Any function (or admin) writes them, since each function brings its own
 * criteria; sponsor roles read them; partner users have no access (403).
 */
// reads: every sponsor role; writes: the functions (below)
@RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
        Roles.CLINICAL, Roles.STEERING_COMMITTEE, Roles.VIEWER})
@Path("/scorecard-templates")
@Tag(name = "Scorecard templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScorecardTemplateResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    @Inject
    ScorecardTemplates writer;

    @Inject
    ScorecardTemplateRepository templates;

    @Inject
    SelectionRepository selections;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ScorecardHistory history;

    @Inject
    SelectionViews views;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL})
    @Operation(summary = "Create a scorecard template", description = "Version 1 of a template: weighted criteria "
            + "(weights sum to 100, else 422 naming criteria), a scale and the functions that must score each "
            + "criterion. Honours Idempotency-Key.")
    @APIResponseSchema(value = TemplateView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response create(@Valid @NotNull TemplateRequest request, @Context UriInfo uri) {
        ScorecardTemplate template = writer.create(request.toContent());
        return Created.in(uri, template.id(), TemplateView.of(template, true, false));
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL})
    @Operation(summary = "Revise a scorecard template", description = "Needs If-Match. A version no selection uses "
            + "is changed in place (200). A version in use is never changed: the revision becomes the next version "
            + "with a new id (201, Location), and selections keep the version they use. Only the latest version "
            + "can be revised (else 409). X-Change-Reason is recorded in the audit trail.")
    @APIResponse(responseCode = "201", description = "The version was in use: the revision is the next version, its "
            + "URL in Location", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "200", description = "The version was not in use: changed in place", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    public Response revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TemplateRequest request, @Context UriInfo uri) {
        ScorecardTemplates.Revision revision = writer.revise(id, ifMatch, request.toContent());
        ScorecardTemplate template = revision.template();
        if (revision.newVersion()) {
            return Created.at(uri.getBaseUriBuilder().path("scorecard-templates"), template.id(),
                    TemplateView.of(template, true, false));
        }
        return Response.ok(TemplateView.of(template, true, selections.usesTemplate(id))).build();
    }

    @Transactional
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a scorecard template version", description = "With its version as ETag.")
    public TemplateView get(@PathParam("id") UUID id) {
        ScorecardTemplate template = find(id);
        return views.of(template);
    }

    @Transactional
    @GET
    @Operation(summary = "List scorecard templates", description = "Paged; the latest version of each template "
            + "unless allVersions=true; q filters on the name.")
    public Page<TemplateView> list(@BeanParam @Valid PageRequest page, @QueryParam("q") String text,
                                   @QueryParam("allVersions") @DefaultValue("false") boolean allVersions) {
        return Page.of(templates.search(text, allVersions, page.sort(SORTABLE, "name")), page, views::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a scorecard template version", description = "Who changed what, when and "
            + "why: the template's fields in items, each criterion's (also removed ones) in criteria.")
    public TemplateHistoryView history(@PathParam("id") UUID id) {
        find(id);
        return TemplateHistoryView.of(auditTrail.historyOf(ScorecardTemplate.class, id), history.criteriaOf(id));
    }

    private ScorecardTemplate find(UUID id) {
        return templates.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Scorecard template", id));
    }
}
