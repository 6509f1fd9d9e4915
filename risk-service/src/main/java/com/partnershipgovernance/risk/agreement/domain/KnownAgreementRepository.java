package com.partnershipgovernance.risk.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The agreements risk-service has heard of. */
@ApplicationScoped
public class KnownAgreementRepository implements PanacheRepositoryBase<KnownAgreement, UUID> {

    /** The ids of a partner's agreements in force, in a stable order. */
    public List<UUID> inForceOf(UUID partnerId) {
        return find("partnerId = ?1 and status in ?2 order by id", partnerId, KnownAgreement.IN_FORCE).stream()
                .map(KnownAgreement::id).toList();
    }
}
