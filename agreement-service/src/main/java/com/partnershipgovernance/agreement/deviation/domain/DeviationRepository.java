package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.agreement.shared.domain.Criteria;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Deviations and, through them, their CAPA actions. */
@ApplicationScoped
public class DeviationRepository implements PanacheRepositoryBase<Deviation, UUID> {

    /**
     * The deviation with its CAPA actions, read in one query (the caller's partner's only, by the platform's partner
     * scope); else 404.
     */
    public Deviation require(UUID id) {
        return getEntityManager().createQuery("select d from Deviation d left join fetch d.capaActions "
                        + "where d.id = :id", Deviation.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.of("Deviation", id));
    }

    /** The deviations {@code filter} asks for, in {@code sort} order. */
    public PanacheQuery<Deviation> matching(DeviationFilter filter, Sort sort) {
        return new Criteria().equal("partnerId", filter.partnerId()).equal("sowId", filter.sowId())
                .equal("externalRef", filter.externalRef()).equal("status", filter.status())
                .equal("severity", filter.severity()).equal("category", filter.category()).find(this, sort);
    }

    /** Whether {@code partnerId} already has a deviation with this QMS number. */
    public boolean externalRefTaken(UUID partnerId, String externalRef) {
        return count("partnerId = :partner and externalRef = :ref",
                Parameters.with("partner", partnerId).and("ref", externalRef)) > 0;
    }
}
