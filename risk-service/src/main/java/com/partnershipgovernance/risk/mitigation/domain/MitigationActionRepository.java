package com.partnershipgovernance.risk.mitigation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The mitigation actions of the risks. */
@ApplicationScoped
public class MitigationActionRepository implements PanacheRepositoryBase<MitigationAction, UUID> {

    /** A risk's actions, the soonest due first. */
    public List<MitigationAction> of(UUID riskId) {
        return list("riskId = ?1 order by dueOn, createdAt", riskId);
    }
}
