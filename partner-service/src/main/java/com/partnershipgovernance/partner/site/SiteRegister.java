package com.partnershipgovernance.partner.site;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import com.partnershipgovernance.partner.site.domain.Site;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Adds partners' sites and their GMP certificates, and corrects them with a reason. */
@ApplicationScoped
public class SiteRegister {

    @Inject
    PartnerRepository partners;

    @Inject
    SiteRepository sites;

    @Inject
    GmpCertificateRepository certificates;

    @Inject
    ChangeContext changeContext;

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
    public Site describeSite(UUID partnerId, UUID siteId, String ifMatch, String name, String country) {
        Site site = site(partnerId, siteId);
        Preconditions.requireIfMatch(ifMatch, site.version());
        changeContext.requireReason();
        site.describe(name, country);
        sites.flush();
        return site;
    }

    @Transactional
    public GmpCertificate correctCertificate(UUID partnerId, UUID siteId, UUID certificateId, String ifMatch,
                                             String authority, String number, LocalDate issuedOn,
                                             LocalDate expiresOn, String scope) {
        site(partnerId, siteId);
        GmpCertificate certificate = certificates.findByIdOptional(certificateId)
                .filter(c -> c.siteId().equals(siteId))
                .orElseThrow(() -> RecordNotFoundException.of("GMP certificate", certificateId));
        Preconditions.requireIfMatch(ifMatch, certificate.version());
        changeContext.requireReason();
        certificate.correct(authority, number, issuedOn, expiresOn, scope);
        certificates.flush();
        return certificate;
    }

    private Site site(UUID partnerId, UUID siteId) {
        if (partners.findActive(partnerId).isEmpty()) {
            throw RecordNotFoundException.of("Partner", partnerId);
        }
        return sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId))
                .orElseThrow(() -> RecordNotFoundException.of("Site", siteId));
    }

    @Transactional
    public GmpCertificate addCertificate(UUID partnerId, UUID siteId, String authority, String number,
                                         LocalDate issuedOn, LocalDate expiresOn, String scope) {
        Site site = site(partnerId, siteId);
        GmpCertificate certificate = new GmpCertificate(site, authority, number, issuedOn, expiresOn, scope);
        certificates.persistAndFlush(certificate);
        return certificate;
    }
}
