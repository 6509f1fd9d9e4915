package com.partnershipgovernance.agreement.deviation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Deviations and, through them, their CAPA actions. */
@ApplicationScoped
public class DeviationRepository implements PanacheRepositoryBase<Deviation, UUID> {

    /** Whether {@code partnerId} already has a deviation with this QMS number. */
    public boolean externalRefTaken(UUID partnerId, String externalRef) {
        return count("partnerId = :partner and externalRef = :ref",
                Parameters.with("partner", partnerId).and("ref", externalRef)) > 0;
    }
}
