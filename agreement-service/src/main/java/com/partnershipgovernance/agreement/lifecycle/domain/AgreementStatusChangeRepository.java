package com.partnershipgovernance.agreement.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The moves of every agreement's versions. */
@ApplicationScoped
public class AgreementStatusChangeRepository implements PanacheRepositoryBase<AgreementStatusChange, UUID> {

    /** The moves of version {@code number} of agreement {@code agreementId}, oldest first. */
    public List<AgreementStatusChange> ofVersion(UUID agreementId, int number) {
        return list("agreementId = :id and versionNumber = :n order by changedAt, id",
                Parameters.with("id", agreementId).and("n", number));
    }
}
