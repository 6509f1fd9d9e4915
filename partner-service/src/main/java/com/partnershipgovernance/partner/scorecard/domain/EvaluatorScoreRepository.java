package com.partnershipgovernance.partner.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The evaluators' current scores, read for listings and their audit trail; written through {@link Selection}. */
@ApplicationScoped
public class EvaluatorScoreRepository implements PanacheRepositoryBase<EvaluatorScore, UUID> {
}
