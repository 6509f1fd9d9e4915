package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.risk.register.domain.RescoreProposal;
import com.partnershipgovernance.risk.register.domain.RescoreProposalRepository;
import com.partnershipgovernance.risk.register.domain.Risk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The owner's decisions on re-score proposals: accepting one re-scores the risk (score history,
 * audit trail, risk.rescored) with the owner's reason; rejecting one leaves the risk as it is.
 */
@ApplicationScoped
public class RiskProposals {

    @Inject
    RescoreProposalRepository proposals;

    @Inject
    RiskAccess access;

    @Inject
    RiskRegister register;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Accepts or rejects a pending proposal; needs If-Match of the risk, which the owner decides on as it is.
     */
    @Transactional
    public RescoreProposal decide(UUID riskId, UUID proposalId, String ifMatch, boolean accept, String reason) {
        Risk risk = access.toChange(riskId, ifMatch);
        RescoreProposal proposal = proposals.findByIdOptional(proposalId).filter(p -> p.riskId().equals(riskId))
                .orElseThrow(() -> RecordNotFoundException.of("Proposal", proposalId));
        changeContext.because(reason);
        proposal.decide(accept, reason, register.actor(), clock.instant());
        if (accept) {
            register.rescore(risk, proposal.proposed(), "Accepted proposal: " + reason + " (" + proposal.reason()
                    + ")", null);
        }
        proposals.flush();
        return proposal;
    }
}
