package com.partnershipgovernance.agreement.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The periodic reviews of agreements of every kind. */
@ApplicationScoped
public class AgreementReviewRepository implements PanacheRepositoryBase<AgreementReview, UUID> {

    /** The reviews of agreement {@code agreementId}, oldest first. */
    public List<AgreementReview> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by reviewedAt, id", agreementId);
    }
}
