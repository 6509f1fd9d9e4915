package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.domain.ProposalStatus;
import com.partnershipgovernance.risk.register.domain.RescoreProposalRepository;
import io.quarkus.panache.common.Parameters;
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
    Caller caller;

    @Inject
    RiskSettings settings;

    @GET
    @Operation(summary = "Review queue", description = "Pending re-score proposals, the oldest first (sort: "
            + "proposedAt); filter by partner. A partner user sees those of their joint risks only.")
    public Page<ProposalView> queue(@BeanParam @Valid PageRequest page,
                                    @QueryParam("partnerId") @Parameter(description = "only this partner's")
                                    UUID partnerId) {
        StringBuilder where = new StringBuilder("status = :pending"
                + " and riskId not in (select r.id from Risk r where r.retirement.retiredAt is not null)");
        Parameters parameters = Parameters.with("pending", ProposalStatus.PENDING);
        if (partnerId != null) {
            where.append(" and riskId in (select r.id from Risk r where r.partnerId = :partnerId)");
            parameters.and("partnerId", partnerId);
        }
        if (caller.isPartnerUser()) {
            where.append(" and riskId in (select r.id from Risk r where r.joint = true and r.partnerId = :own)");
            parameters.and("own", caller.partnerId().orElse(new UUID(0, 0)));
        }
        return Page.of(proposals.find(where.toString(), page.sort(SORTABLE, "proposedAt").and("id"), parameters),
                page, p -> ProposalView.of(p, settings.bands()));
    }
}
