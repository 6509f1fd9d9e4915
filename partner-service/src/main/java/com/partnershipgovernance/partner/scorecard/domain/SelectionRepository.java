package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.partner.query.Conditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Selections (sourcing decisions) with their scores. A partner user's request finds none (the platform's partner
 * scope, see {@link Selection}): to them every selection id answers 404.
 */
@ApplicationScoped
public class SelectionRepository implements PanacheRepositoryBase<Selection, UUID> {

    /** The selection; else 404. */
    public Selection require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Selection", id));
    }

    /** Whether a selection uses the template version {@code templateId}: then it is never changed in place. */
    public boolean usesTemplate(UUID templateId) {
        return count("templateId", templateId) > 0;
    }

    /** The selections with {@code status}, {@code ownerFunction} and {@code templateId} if given; text in the title. */
    public PanacheQuery<Selection> search(SelectionStatus status, EvaluatingFunction ownerFunction, UUID templateId,
                                          String text, Sort sort) {
        Conditions where = Conditions.all()
                .and("status = :status", "status", status)
                .and("ownerFunction = :owner", "owner", ownerFunction)
                .and("templateId = :template", "template", templateId)
                .text("title", text);
        return find(where.query(), sort, where.parameters());
    }
}
