package com.partnershipgovernance.partner.partner.domain;

/**
 * What {@code GET /partners} looks for: each criterion given (not null) narrows the list; {@code text} is matched
 * in the legal name. Retired partners only when asked for.
 */
public record PartnerSearch(PartnerType type, Modality modality, Capability capability, Scale scale, String country,
                            QualificationStatus qualificationStatus, EngagementModel engagementModel, String text,
                            boolean includeRetired) {
}
