package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which deviations a caller may reach: sponsor users every one; a partner user only their own partner's (the
 * platform's partner scope leaves the others out of every query). Any
 * other id answers 404.
 */
@ApplicationScoped
public class DeviationAccess {

    @Inject
    DeviationRepository deviations;

    /** The deviation, if the caller may read it. */
    public Deviation readable(UUID id) {
        return deviations.findWithCapaActions(id)
                .orElseThrow(() -> RecordNotFoundException.of("Deviation", id));
    }
}
