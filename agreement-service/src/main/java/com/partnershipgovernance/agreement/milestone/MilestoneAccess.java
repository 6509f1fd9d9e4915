package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Which milestones a caller may reach: those of the SOWs they may read (404 for any other). */
@ApplicationScoped
public class MilestoneAccess {

    @Inject
    MilestoneRepository milestones;

    @Inject
    AgreementAccess agreements;

    public Milestone readable(UUID id) {
        return milestones.findByIdOptional(id).filter(m -> agreements.mayRead(m.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("Milestone", id));
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return agreements.partnerScope();
    }
}
