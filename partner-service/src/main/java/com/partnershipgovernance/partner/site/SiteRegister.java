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
        partners.requireActive(partnerId);
        Site site = new Site(partnerId, name, country);
        sites.persistAndFlush(site);
        return site;
    }

    @Transactional
    public Site describeSite(UUID partnerId, UUID siteId, String ifMatch, String name, String country) {
        Site site = site(partnerId, siteId, false);
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
        GmpCertificate certificate = certificate(partnerId, siteId, certificateId, false);
        Preconditions.requireIfMatch(ifMatch, certificate.version());
        changeContext.requireReason();
        certificate.correct(authority, number, issuedOn, expiresOn, scope);
        certificates.flush();
        return certificate;
    }

    /** A site of the partner, else 404; {@code ofRetiredPartner}: also of a retired partner (history stays readable). */
    public Site site(UUID partnerId, UUID siteId, boolean ofRetiredPartner) {
        partners.require(partnerId, ofRetiredPartner);
        return sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId))
                .orElseThrow(() -> RecordNotFoundException.of("Site", siteId));
    }

    /** A certificate of the partner's site, else 404; {@code ofRetiredPartner} as for {@link #site}. */
    public GmpCertificate certificate(UUID partnerId, UUID siteId, UUID certificateId, boolean ofRetiredPartner) {
        site(partnerId, siteId, ofRetiredPartner);
        return certificates.findByIdOptional(certificateId).filter(c -> c.siteId().equals(siteId))
                .orElseThrow(() -> RecordNotFoundException.of("GMP certificate", certificateId));
    }

    @Transactional
    public GmpCertificate addCertificate(UUID partnerId, UUID siteId, String authority, String number,
                                         LocalDate issuedOn, LocalDate expiresOn, String scope) {
        Site site = site(partnerId, siteId, false);
        GmpCertificate certificate = new GmpCertificate(site, authority, number, issuedOn, expiresOn, scope);
        certificates.persistAndFlush(certificate);
        return certificate;
    }
}
