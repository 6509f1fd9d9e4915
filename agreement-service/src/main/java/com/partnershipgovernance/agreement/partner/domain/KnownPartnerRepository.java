package com.partnershipgovernance.agreement.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners agreement-service has heard of. */
@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {
}
