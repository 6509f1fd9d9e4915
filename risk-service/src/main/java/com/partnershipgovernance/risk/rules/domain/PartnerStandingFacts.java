package com.partnershipgovernance.risk.rules.domain;

import java.util.List;
import java.util.UUID;

/**
 * What {@link PartnerStandingPolicy} reads of a qualification change.
 *
 * @param agreementsInForce the partner's agreements in force, from the agreement read model
 */
public record PartnerStandingFacts(UUID partnerId, String from, String to, String reason,
                                   List<UUID> agreementsInForce) {

    /** A change whose partner's agreements are not looked up yet. */
    public PartnerStandingFacts(UUID partnerId, String from, String to, String reason) {
        this(partnerId, from, to, reason, List.of());
    }

    public PartnerStandingFacts withAgreementsInForce(List<UUID> agreements) {
        return new PartnerStandingFacts(partnerId, from, to, reason, List.copyOf(agreements));
    }
}
