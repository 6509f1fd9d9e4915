package com.partnershipgovernance.partner.partner.domain;

import java.util.Set;

/**
 * What the sponsor knows of a partner besides its qualification: only legal name and type are
 * required; the rest is filled in as evaluation goes on.
 *
 * @param headquartersCountry ISO 3166-1 alpha-2 code
 */
public record PartnerProfile(String legalName, PartnerType type, ServiceModel serviceModel,
                             String headquartersCountry, EngagementModel engagementModel, Set<Modality> modalities,
                             Set<Capability> capabilities, Set<Scale> scales) {

    public PartnerProfile {
        legalName = legalName == null ? null : legalName.strip();
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        scales = scales == null ? Set.of() : Set.copyOf(scales);
    }

    /** A prospect known only by name and type. */
    public static PartnerProfile of(String legalName, PartnerType type) {
        return new PartnerProfile(legalName, type, null, null, null, Set.of(), Set.of(), Set.of());
    }
}
