package com.partnershipgovernance.agreement.deviation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Deviations and, through them, their CAPA actions. */
@ApplicationScoped
public class DeviationRepository implements PanacheRepositoryBase<Deviation, UUID> {

    /** The deviation with its CAPA actions, read in one query. */
    public Optional<Deviation> findWithCapaActions(UUID id) {
        return getEntityManager().createQuery("select d from Deviation d left join fetch d.capaActions "
                        + "where d.id = :id", Deviation.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    /** Whether {@code partnerId} already has a deviation with this QMS number. */
    public boolean externalRefTaken(UUID partnerId, String externalRef) {
        return count("partnerId = :partner and externalRef = :ref",
                Parameters.with("partner", partnerId).and("ref", externalRef)) > 0;
    }
}
