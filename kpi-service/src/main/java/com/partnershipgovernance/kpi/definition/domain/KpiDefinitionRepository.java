package com.partnershipgovernance.kpi.definition.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/** The KPI definitions, found by their code. */
@ApplicationScoped
public class KpiDefinitionRepository implements PanacheRepositoryBase<KpiDefinition, UUID> {

    public Optional<KpiDefinition> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The definition, locked until the transaction ends: serialises changes of its thresholds. */
    public Optional<KpiDefinition> byCodeLocked(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
