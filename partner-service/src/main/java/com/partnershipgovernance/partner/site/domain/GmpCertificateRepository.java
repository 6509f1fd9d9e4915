package com.partnershipgovernance.partner.site.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The sites' GMP certificates. */
@ApplicationScoped
public class GmpCertificateRepository implements PanacheRepositoryBase<GmpCertificate, UUID> {

    /** Certificates expiring on or before {@code until}, soonest first. */
    public List<GmpCertificate> expiringBy(LocalDate until) {
        return list("expiresOn <= ?1", Sort.ascending("expiresOn"), until);
    }

    /** Certificates expiring by {@code until} whose expiry was not announced yet. */
    public List<GmpCertificate> unannouncedExpiringBy(LocalDate until) {
        return list("expiresOn <= ?1 and expiryAnnouncedAt is null", Sort.ascending("expiresOn"), until);
    }

    public List<GmpCertificate> ofSite(UUID siteId) {
        return list("siteId", Sort.ascending("expiresOn"), siteId);
    }
}
