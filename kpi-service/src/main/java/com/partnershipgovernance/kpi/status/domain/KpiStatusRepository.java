package com.partnershipgovernance.kpi.status.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/** The current RAG per KPI and partner. */
@ApplicationScoped
public class KpiStatusRepository implements PanacheRepositoryBase<KpiStatus, UUID> {

    /**
     * The status of the KPI for the partner, created if there is none, and locked until the transaction
     * ends: two changes of the same KPI and partner (a consumer and a person) see each other's outcome,
     * so a breach is announced once.
     */
    public KpiStatus lockedOf(String kpiCode, UUID partnerId) {
        getEntityManager().createNativeQuery("INSERT INTO kpi_status (id, kpi_code, partner_id, version) "
                        + "VALUES (gen_random_uuid(), ?1, ?2, 0) ON CONFLICT (kpi_code, partner_id) DO NOTHING")
                .setParameter(1, kpiCode).setParameter(2, partnerId).executeUpdate();
        return find("kpiCode = ?1 and partnerId = ?2", kpiCode, partnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }
}
