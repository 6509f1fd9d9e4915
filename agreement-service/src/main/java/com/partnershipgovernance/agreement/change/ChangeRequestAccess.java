package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which change requests a caller may reach: sponsor users every one; a partner user their own partner's (the
 * platform's partner scope leaves the others out of every query).
 */
@ApplicationScoped
public class ChangeRequestAccess {

    @Inject
    ChangeRequestRepository changeRequests;

    /** The change request, if the caller may read it; 404 otherwise. */
    public ChangeRequest readable(UUID id) {
        return changeRequests.findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of("Change request", id));
    }

}
