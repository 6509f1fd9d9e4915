package com.partnershipgovernance.platform.partners;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The partners this service has heard of. */
@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {

    /** The partner, if partner-service has announced it (a placeholder is not a registered partner). */
    public Optional<KnownPartner> findRegistered(UUID partnerId) {
        return findByIdOptional(partnerId).filter(KnownPartner::isRegistered);
    }

    /**
     * Makes sure the partner is known: an event about a partner whose registration has not arrived yet is applied
     * against a placeholder, which {@code partner.registered} fills in later.
     */
    public void ensureKnown(UUID partnerId) {
        if (findByIdOptional(partnerId).isEmpty()) {
            persist(new KnownPartner(partnerId));
            flush();
        }
    }
}
