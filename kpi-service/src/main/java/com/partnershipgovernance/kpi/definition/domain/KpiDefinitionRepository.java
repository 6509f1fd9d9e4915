package com.partnershipgovernance.kpi.definition.domain;

import com.partnershipgovernance.kpi.query.Criteria;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/** The KPI definitions, found by their code. */
@ApplicationScoped
public class KpiDefinitionRepository implements PanacheRepositoryBase<KpiDefinition, UUID> {

    /** The definitions of a category, or all when none is given. */
    public PanacheQuery<KpiDefinition> inCategory(KpiCategory category, Sort sort) {
        Criteria where = Criteria.of().and("category = :category", "category", category);
        return find(where.condition(), sort, where.parameters());
    }

    public Optional<KpiDefinition> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The definition, locked until the transaction ends: serialises changes of its thresholds. */
    public Optional<KpiDefinition> byCodeLocked(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
