package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which partner records a caller may reach: sponsor users reach every partner that is not retired; a
 * partner user only their own. Anything else answers 404, so that ids of other partners leak nothing.
 */
@ApplicationScoped
public class PartnerAccess {

    @Inject
    PartnerRepository partners;

    @Inject
    Caller caller;

    /** The partner, if the caller may read it. */
    public Partner readable(UUID partnerId) {
        return readable(partnerId, false);
    }

    /** The partner, if the caller may read it; retired ones too when asked for. */
    public Partner readable(UUID partnerId, boolean includeRetired) {
        return partners.findByIdOptional(partnerId)
                .filter(p -> includeRetired || !p.isRetired())
                .filter(p -> mayRead(p.id()))
                .orElseThrow(() -> RecordNotFoundException.of("Partner", partnerId));
    }

    /** The partner a sponsor write goes to: it exists and is not retired. Roles are checked by the resource. */
    public Partner writable(UUID partnerId) {
        return partners.findActive(partnerId).filter(p -> mayRead(p.id()))
                .orElseThrow(() -> RecordNotFoundException.of("Partner", partnerId));
    }

    /** Whether the caller may read records of {@code partnerId}. */
    public boolean mayRead(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }
}
