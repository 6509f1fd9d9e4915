package com.partnershipgovernance.kpi.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners kpi-service has heard of. */
@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {
}
