package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.domain.RescoreProposalRepository;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/** The owners' review queue: re-score proposals waiting for a decision. */
@Path("/risks/review-queue")
@Tag(name = "Risk reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    private static final Map<String, String> SORTABLE = Map.of("proposedAt", "proposedAt");

    @Inject
    RescoreProposalRepository proposals;

    @Inject
    RiskSettings settings;

    @GET
    @Operation(summary = "Review queue", description = "Pending re-score proposals, the oldest first (sort: "
            + "proposedAt); filter by partner. A partner user sees those of their joint risks only.")
    public Page<ProposalView> queue(@BeanParam @Valid PageRequest page,
                                    @QueryParam("partnerId") @Parameter(description = "only this partner's")
                                    UUID partnerId) {
        return Page.of(proposals.pending(partnerId, page.sort(SORTABLE, "proposedAt").and("id")),
                page, p -> ProposalView.of(p, settings.bands()));
    }
}
