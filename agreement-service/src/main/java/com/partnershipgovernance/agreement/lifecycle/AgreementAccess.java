package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which agreements of any kind, and records under them, a caller may reach: sponsor users every one; a partner
 * user only their own partner's. Any other id answers 404, so that ids of other partnerships leak nothing. The
 * one place of this rule for MSAs, SOWs (with their milestones and batches) and quality agreements.
 */
@ApplicationScoped
public class AgreementAccess {

    @Inject
    Caller caller;

    /** The agreement of {@code kind}, if the caller may read it. */
    public <A extends VersionedAgreement<?, ?>> A readable(KindOfAgreement<A, ?, ?, ?> kind, UUID id) {
        return kind.agreements().findByIdOptional(id).filter(a -> mayRead(a.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of(kind.kind().label(), id));
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
