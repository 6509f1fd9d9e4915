package com.partnershipgovernance.partner.site.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The partners' sites. */
@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, UUID> {

    /** A partner's sites. */
    public List<Site> ofPartner(UUID partnerId) {
        return list("partnerId", partnerId);
    }
}
