package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A GMP certificate as the API shows it, with the days left from today. */
@Schema(name = "GmpCertificate")
public record CertificateView(UUID id, UUID siteId, UUID partnerId, String issuingAuthority,
                              String certificateNumber, LocalDate issuedOn, LocalDate expiresOn, String scope,
                              @Schema(description = "negative once expired") long daysLeft,
                              @Schema(description = "the record's version, also its ETag") long version)
        implements Versioned {

    static CertificateView of(GmpCertificate c, LocalDate today) {
        return new CertificateView(c.id(), c.siteId(), c.partnerId(), c.issuingAuthority(), c.certificateNumber(),
                c.issuedOn(), c.expiresOn(), c.scope(), c.daysLeft(today), c.version());
    }

    /** A list of certificates. */
    @Schema(name = "GmpCertificates")
    public record Items(java.util.List<CertificateView> items) {
    }
}
