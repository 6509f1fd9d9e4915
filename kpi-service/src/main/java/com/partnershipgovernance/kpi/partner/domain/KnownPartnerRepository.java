package com.partnershipgovernance.kpi.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners kpi-service has heard of. */
@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {

    /**
     * Makes sure the partner is known: an event about a partner whose registration has not arrived yet
     * is applied against a placeholder, which {@code partner.registered} fills in later.
     */
    public void ensureKnown(UUID partnerId) {
        if (findByIdOptional(partnerId).isEmpty()) {
            persist(new KnownPartner(partnerId));
            flush();
        }
    }
}
