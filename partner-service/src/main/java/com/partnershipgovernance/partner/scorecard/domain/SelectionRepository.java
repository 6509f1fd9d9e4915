package com.partnershipgovernance.partner.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Selections (sourcing decisions) with their scores. */
@ApplicationScoped
public class SelectionRepository implements PanacheRepositoryBase<Selection, UUID> {

    /** Whether a selection uses the template version {@code templateId}: then it is never changed in place. */
    public boolean usesTemplate(UUID templateId) {
        return count("templateId", templateId) > 0;
    }
}
