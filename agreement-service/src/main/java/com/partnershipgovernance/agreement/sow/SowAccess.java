package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which SOWs a caller may reach: sponsor users every one; a partner user only their own partner's. Any other
 * id answers 404, so that ids of other partnerships leak nothing.
 */
@ApplicationScoped
public class SowAccess {

    @Inject
    SowRepository sows;

    @Inject
    Caller caller;

    /** The SOW, if the caller may read it. */
    public StatementOfWork readable(UUID id) {
        return sows.findByIdOptional(id).filter(s -> mayRead(s.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("SOW", id));
    }

    /** Whether the caller may read records of {@code partnerId}. */
    public boolean mayRead(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return caller.isPartnerUser() ? caller.partnerId().orElse(new UUID(0, 0)) : null;
    }
}
