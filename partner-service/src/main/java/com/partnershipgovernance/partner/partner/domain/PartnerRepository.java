package com.partnershipgovernance.partner.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The partners of the sponsor's portfolio. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** The partner unless it was retired: what every write and default read works on. */
    public Optional<Partner> findActive(UUID id) {
        return findByIdOptional(id).filter(p -> !p.isRetired());
    }
}
