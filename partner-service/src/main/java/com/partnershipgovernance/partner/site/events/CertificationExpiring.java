package com.partnershipgovernance.partner.site.events;

import com.partnershipgovernance.partner.site.domain.GmpCertificate;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code partner.certification-expiring}: a GMP certificate entered the expiry window. */
public record CertificationExpiring(UUID partnerId, UUID siteId, UUID certificateId, String authority,
                                    LocalDate expiresOn, long daysLeft) {

    public static CertificationExpiring of(GmpCertificate certificate, LocalDate today) {
        return new CertificationExpiring(certificate.partnerId(), certificate.siteId(), certificate.id(),
                certificate.issuingAuthority(), certificate.expiresOn(), certificate.daysLeft(today));
    }
}
