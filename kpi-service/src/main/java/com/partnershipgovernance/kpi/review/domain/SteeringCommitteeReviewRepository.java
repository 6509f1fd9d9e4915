package com.partnershipgovernance.kpi.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Steering-committee reviews. */
@ApplicationScoped
public class SteeringCommitteeReviewRepository implements PanacheRepositoryBase<SteeringCommitteeReview, UUID> {
}
