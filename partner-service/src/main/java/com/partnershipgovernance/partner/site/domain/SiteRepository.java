package com.partnershipgovernance.partner.site.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The partners' sites. */
@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, UUID> {
}
