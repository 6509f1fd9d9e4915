package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.partner.query.Conditions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The evaluators' current scores, read for listings and their audit trail; written through {@link Selection}. */
@ApplicationScoped
public class EvaluatorScoreRepository implements PanacheRepositoryBase<EvaluatorScore, UUID> {

    /** The current scores of a selection, narrowed by each criterion given (not null). */
    public PanacheQuery<EvaluatorScore> of(UUID selectionId, UUID candidatePartnerId, String criterionCode,
                                           EvaluatingFunction function, String evaluatorId, Sort sort) {
        Conditions where = Conditions.all()
                .and("selection.id = :selection", "selection", selectionId)
                .and("candidatePartnerId = :candidate", "candidate", candidatePartnerId)
                .and("criterionCode = :criterion", "criterion", criterionCode)
                .and("function = :function", "function", function)
                .and("evaluatorId = :evaluator", "evaluator", evaluatorId);
        return find(where.query(), sort, where.parameters());
    }
}
