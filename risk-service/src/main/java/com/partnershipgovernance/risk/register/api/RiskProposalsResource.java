package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RiskAccess;
import com.partnershipgovernance.risk.register.RiskProposals;
import com.partnershipgovernance.risk.register.domain.RescoreProposal;
import com.partnershipgovernance.risk.register.domain.RescoreProposalRepository;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Re-score proposals of a risk: list them, and the owner's accept or reject. */
@Path("/risks/{id}/proposals")
@Tag(name = "Risk reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskProposalsResource {

    @Inject
    RiskProposals decisions;

    @Inject
    RescoreProposalRepository proposals;

    @Inject
    RiskRepository risks;

    @Inject
    RiskAccess access;

    @Inject
    RiskSettings settings;

    @GET
    @Operation(summary = "Re-score proposals of a risk", description = "Latest first, pending and decided.")
    public ProposalView.Proposals list(@PathParam("id") UUID id) {
        access.visible(id);
        return new ProposalView.Proposals(proposals.of(id).stream()
                .map(p -> ProposalView.of(p, settings.bands())).toList());
    }

    @POST
    @Path("/{proposalId}/accept")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Accept a re-score proposal", description = "Re-scores the risk to the proposed score with "
            + "the reason (publishes risk.rescored). Needs If-Match of the risk; the answer's ETag is the risk's "
            + "new version. A decided proposal answers 409.")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200",
            responseDescription = "The proposal as decided; the risk's new version in ETag")
    public OfRisk<ProposalView> accept(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProposalDecisionRequest request) {
        return decided(id, decisions.decide(id, proposalId, ifMatch, true, request.reason().strip()));
    }

    @POST
    @Path("/{proposalId}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND})
    @Operation(summary = "Reject a re-score proposal", description = "The risk keeps its score; the reason is kept "
            + "with the proposal. Needs If-Match of the risk. A decided proposal answers 409.")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200",
            responseDescription = "The proposal as decided; the risk's version in ETag")
    public OfRisk<ProposalView> reject(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProposalDecisionRequest request) {
        return decided(id, decisions.decide(id, proposalId, ifMatch, false, request.reason().strip()));
    }

    private OfRisk<ProposalView> decided(UUID riskId, RescoreProposal proposal) {
        return new OfRisk<>(ProposalView.of(proposal, settings.bands()), risks.findById(riskId).version());
    }
}
