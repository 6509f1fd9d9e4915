package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The risks of the register. */
@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** The live (not closed, not retired) risk of a partner in a category, the most severe first when there are several. */
    public Optional<Risk> findLive(UUID partnerId, RiskCategory category) {
        return find("partnerId = ?1 and category = ?2 and status <> ?3 and retirement.retiredAt is null"
                + " order by score desc, raisedAt",
                partnerId, category, RiskStatus.CLOSED).firstResultOptional();
    }

    /** The live risk of a partner in a category linked to a SOW. */
    public Optional<Risk> findLiveForSow(UUID partnerId, RiskCategory category, UUID sowId) {
        return find("partnerId = ?1 and category = ?2 and sowId = ?3 and status <> ?4 and retirement.retiredAt is null"
                + " order by score desc, raisedAt",
                partnerId, category, sowId, RiskStatus.CLOSED).firstResultOptional();
    }
}
