package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** The parties an agreement is drafted with: partners known from partner-service's events. */
@ApplicationScoped
public class Parties {

    @Inject
    KnownPartnerRepository partners;

    /**
     * The partner to contract with.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    public KnownPartner requireKnownPartner(UUID partnerId) {
        // a placeholder (an event about a partner not registered yet) is no partner to contract with
        return partners.findRegistered(partnerId)
                .orElseThrow(() -> BusinessRuleException.onField("partnerId",
                        "is not a partner known to agreement-service (registered in partner-service)"));
    }

    /** The partner's qualification status as known here, or null when the partner is unknown. */
    public String qualificationOf(UUID partnerId) {
        return partners.findByIdOptional(partnerId).map(KnownPartner::qualificationStatus).orElse(null);
    }

    /**
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    public static void requireSamePartner(VersionedAgreement<?, ?> agreement, UUID partnerId) {
        if (!agreement.partnerId().equals(partnerId)) {
            throw BusinessRuleException.onField("partnerId", "cannot change: an agreement stays with its partner");
        }
    }
}
