package com.partnershipgovernance.partner.site;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import com.partnershipgovernance.partner.site.domain.Site;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Adds partners' sites and their GMP certificates. */
@ApplicationScoped
public class SiteRegister {

    @Inject
    PartnerRepository partners;

    @Inject
    SiteRepository sites;

    @Inject
    GmpCertificateRepository certificates;

    @Transactional
    public Site addSite(UUID partnerId, String name, String country) {
        if (partners.findActive(partnerId).isEmpty()) {
            throw RecordNotFoundException.of("Partner", partnerId);
        }
        Site site = new Site(partnerId, name, country);
        sites.persistAndFlush(site);
        return site;
    }

    @Transactional
    public GmpCertificate addCertificate(UUID partnerId, UUID siteId, String authority, String number,
                                         LocalDate issuedOn, LocalDate expiresOn, String scope) {
        Site site = sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId))
                .orElseThrow(() -> RecordNotFoundException.of("Site", siteId));
        GmpCertificate certificate = new GmpCertificate(site, authority, number, issuedOn, expiresOn, scope);
        certificates.persistAndFlush(certificate);
        return certificate;
    }
}
