package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
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

    /** The pending proposals of live risks, of {@code partnerId}'s risks if given. */
    public PanacheQuery<RescoreProposal> pending(UUID partnerId, Sort sort) {
        return Conditions.where("riskId not in (select r.id from Risk r where r.retirement.retiredAt is not null)")
                .and("status = :pending", "pending", ProposalStatus.PENDING)
                .andIfGiven("riskId in (select r.id from Risk r where r.partnerId = :partnerId)", "partnerId", partnerId)
                .find(this, sort);
    }
}
