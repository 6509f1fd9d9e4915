package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** A milestone by id, or 404 (a partner user's own partner's only: the platform's partner scope). */
@ApplicationScoped
public class MilestoneAccess {

    @Inject
    MilestoneRepository milestones;

    public Milestone readable(UUID id) {
        return milestones.findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of("Milestone", id));
    }
}
