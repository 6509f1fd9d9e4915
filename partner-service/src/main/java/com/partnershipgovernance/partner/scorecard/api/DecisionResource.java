package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.SelectionDecisions;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The signed decision of a selection, by its owner function or admin. */
@Path("/selections/{id}/decision")
@Tag(name = "Selections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    SelectionDecisions decisions;

    @Inject
    SelectionViews views;

    // the answer reads lazy collections: build it inside the transaction.
    // Partner users reach this method only to be answered 404: they find no selection.
    @Transactional
    @POST
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.PARTNER_USER})
    @Operation(summary = "Decide a selection", description = "Needs If-Match. Only the selection's owner function "
            + "(or admin) decides (403), with an electronic signature and a fresh authentication (401 otherwise). "
            + "The chosen partner must be a candidate (422). A selection is decided once (409), and its scores "
            + "close. Publishes partner.selected, keyed by the chosen partner.")
    public SelectionView decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull DecisionRequest request) {
        Selection selection = decisions.decide(id, ifMatch, request.chosenPartnerId(), request.rationale().strip(),
                request.signature().meaning());
        return views.of(selection);
    }
}
