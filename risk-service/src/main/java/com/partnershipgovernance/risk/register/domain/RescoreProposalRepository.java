package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The re-score proposals of the risks. */
@ApplicationScoped
public class RescoreProposalRepository implements PanacheRepositoryBase<RescoreProposal, UUID> {

    /** A risk's proposals, the latest first. */
    public List<RescoreProposal> of(UUID riskId) {
        return list("riskId = ?1 order by proposedAt desc, id", riskId);
    }
}
