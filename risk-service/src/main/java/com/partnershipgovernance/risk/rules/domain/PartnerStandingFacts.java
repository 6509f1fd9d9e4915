package com.partnershipgovernance.risk.rules.domain;

import java.util.UUID;

/** What {@link PartnerStandingPolicy} reads of a qualification change. */
public record PartnerStandingFacts(UUID partnerId, String from, String to, String reason) {
}
