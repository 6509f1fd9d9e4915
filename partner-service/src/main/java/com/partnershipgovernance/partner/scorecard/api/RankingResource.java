package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.SelectionRankings;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The weighted ranking of a selection's candidates, computed from the current scores. */
@Path("/selections/{id}/ranking")
@Tag(name = "Selections")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    SelectionRankings rankings;

    @Inject
    SelectionRepository selections;

    @Transactional
    @GET
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.STEERING_COMMITTEE, Roles.VIEWER, Roles.PARTNER_USER})
    @Operation(summary = "Rank a selection's candidates", description = "Per criterion: mean of the evaluators' "
            + "scores, normalised ((mean - min) / (max - min)) and times the weight; total out of 100, best first, "
            + "with per-criterion and per-function breakdowns. Warnings: MISSING_FUNCTION (a required function has "
            + "not scored), COST_DRIVEN_CHOICE (the leader wins on COST criteria while trailing on VALUE criteria "
            + "by partner.selection.cost-driven-margin points or more), FUNCTION_DISAGREEMENT (function means on a "
            + "criterion partner.selection.disagreement-spread x scale span or more apart). 404 for partner users.")
    public RankingView ranking(@PathParam("id") UUID id) {
        return RankingView.of(rankings.rank(selections.require(id)));
    }
}
