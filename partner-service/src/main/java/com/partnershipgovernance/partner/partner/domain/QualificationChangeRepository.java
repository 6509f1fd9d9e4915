package com.partnershipgovernance.partner.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The qualification history of the partners, oldest move first. */
@ApplicationScoped
public class QualificationChangeRepository implements PanacheRepositoryBase<QualificationChange, UUID> {

    public List<QualificationChange> historyOf(UUID partnerId) {
        return list("partnerId", Sort.ascending("changedAt"), partnerId);
    }
}
