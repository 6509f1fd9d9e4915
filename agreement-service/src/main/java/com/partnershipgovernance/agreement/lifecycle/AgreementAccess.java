package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * An agreement of any kind by id, or 404. A partner user reaches only their own partner's: the platform's partner
 * scope leaves the others out of every query, so ids of other partnerships leak nothing.
 */
@ApplicationScoped
public class AgreementAccess {

    /** The agreement of {@code kind}, if the caller may read it. */
    public <A extends VersionedAgreement<?, ?>> A readable(KindOfAgreement<A, ?, ?, ?> kind, UUID id) {
        return kind.agreements().findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of(kind.kind().label(), id));
    }
}
