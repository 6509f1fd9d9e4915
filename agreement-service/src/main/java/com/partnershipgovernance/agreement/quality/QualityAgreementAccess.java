package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which quality agreements a caller may reach: sponsor users every one; a partner user only their own partner's. Any
 * other id answers 404, so that ids of other partnerships leak nothing.
 */
@ApplicationScoped
public class QualityAgreementAccess {

    @Inject
    QualityAgreementRepository agreements;

    @Inject
    Caller caller;

    /** The agreement, if the caller may read it. */
    public QualityAgreement readable(UUID id) {
        return agreements.findByIdOptional(id).filter(m -> mayRead(m.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("Quality agreement", id));
    }

    /** Whether the caller may read agreements with {@code partnerId}. */
    public boolean mayRead(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return caller.isPartnerUser() ? caller.partnerId().orElse(new UUID(0, 0)) : null;
    }
}
