package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which deviations a caller may reach: sponsor users every one; a partner user only their own partner's. Any
 * other id answers 404.
 */
@ApplicationScoped
public class DeviationAccess {

    @Inject
    DeviationRepository deviations;

    @Inject
    Caller caller;

    /** The deviation, if the caller may read it. */
    public Deviation readable(UUID id) {
        return deviations.findWithCapaActions(id)
                .filter(d -> !caller.isPartnerUser() || caller.partnerId().map(d.partnerId()::equals).orElse(false))
                .orElseThrow(() -> RecordNotFoundException.of("Deviation", id));
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return caller.isPartnerUser() ? caller.partnerId().orElse(new UUID(0, 0)) : null;
    }
}
