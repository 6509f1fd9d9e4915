package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.partner.site.domain.Site;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A site with its GMP certificates. */
@Schema(name = "Site")
public record SiteView(UUID id, UUID partnerId, String name, String country, long version,
                       List<CertificateView> certificates) implements Versioned {

    static SiteView of(Site s, List<CertificateView> certificates) {
        return new SiteView(s.id(), s.partnerId(), s.name(), s.country(), s.version(), certificates);
    }

    /** The sites of a partner. */
    @Schema(name = "Sites")
    public record Items(List<SiteView> items) {
    }
}
