package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The periodic reviews of the risks. */
@ApplicationScoped
public class RiskReviewRepository implements PanacheRepositoryBase<RiskReview, UUID> {

    /** A risk's reviews, the latest first. */
    public List<RiskReview> of(UUID riskId) {
        return list("riskId = ?1 order by reviewedOn desc, recordedAt desc", riskId);
    }

    /** One review of a risk. */
    public Optional<RiskReview> of(UUID riskId, UUID reviewId) {
        return find("id = ?1 and riskId = ?2", reviewId, riskId).firstResultOptional();
    }
}
