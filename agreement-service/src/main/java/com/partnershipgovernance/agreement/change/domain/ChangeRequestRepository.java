package com.partnershipgovernance.agreement.change.domain;

import com.partnershipgovernance.agreement.shared.domain.Criteria;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Change requests. */
@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<ChangeRequest, UUID> {

    /** The change request (the caller's partner's only, by the platform's partner scope); else 404. */
    public ChangeRequest require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Change request", id));
    }

    /** The change requests of the partner, against the agreement and in the status given (null filters nothing). */
    public PanacheQuery<ChangeRequest> matching(UUID partnerId, UUID agreementId, ChangeRequestStatus status,
                                                Sort sort) {
        return new Criteria().equal("partnerId", partnerId).equal("agreementId", agreementId).equal("status", status)
                .find(this, sort);
    }
}
