package com.partnershipgovernance.kpi.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Completions of review actions. */
@ApplicationScoped
public class ActionCompletionRepository implements PanacheRepositoryBase<ActionCompletion, UUID> {

    /** The completions of the actions of {@code reviewIds}. */
    public List<ActionCompletion> ofReviews(Collection<UUID> reviewIds) {
        return reviewIds.isEmpty() ? List.of() : list("reviewId in ?1 order by actionIndex", reviewIds);
    }
}
