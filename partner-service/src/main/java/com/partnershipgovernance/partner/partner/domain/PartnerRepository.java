package com.partnershipgovernance.partner.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners of the sponsor's portfolio. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {
}
