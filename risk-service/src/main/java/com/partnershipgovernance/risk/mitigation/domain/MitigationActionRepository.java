package com.partnershipgovernance.risk.mitigation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The mitigation actions of the risks. */
@ApplicationScoped
public class MitigationActionRepository implements PanacheRepositoryBase<MitigationAction, UUID> {

    /** A risk's actions, the soonest due first. */
    public List<MitigationAction> of(UUID riskId) {
        return list("riskId = ?1 order by dueOn, createdAt", riskId);
    }

    /** PLANNED or IN_PROGRESS actions of live risks due before {@code today}, of {@code partnerId} if given. */
    public PanacheQuery<MitigationAction> overdue(LocalDate today, UUID partnerId, Sort sort) {
        StringBuilder where = new StringBuilder("status in :pending and dueOn < :today"
                + " and riskId not in (select r.id from Risk r where r.retirement.retiredAt is not null)");
        Parameters parameters = Parameters.with("pending", List.of(MitigationStatus.PLANNED,
                MitigationStatus.IN_PROGRESS)).and("today", today);
        if (partnerId != null) {
            where.append(" and partnerId = :partnerId");
            parameters.and("partnerId", partnerId);
        }
        return find(where.toString(), sort, parameters);
    }
}
