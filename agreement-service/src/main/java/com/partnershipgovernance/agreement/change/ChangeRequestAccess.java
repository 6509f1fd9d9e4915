package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Which change requests a caller may reach: sponsor users every one; a partner user their own partner's. */
@ApplicationScoped
public class ChangeRequestAccess {

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    Caller caller;

    /** The change request, if the caller may read it; 404 otherwise. */
    public ChangeRequest readable(UUID id) {
        return changeRequests.findByIdOptional(id).filter(cr -> mayReach(cr.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("Change request", id));
    }

    public boolean mayReach(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return caller.isPartnerUser() ? caller.partnerId().orElse(new UUID(0, 0)) : null;
    }
}
