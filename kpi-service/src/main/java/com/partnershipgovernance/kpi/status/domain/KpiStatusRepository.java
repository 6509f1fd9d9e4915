package com.partnershipgovernance.kpi.status.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.scope.NativeScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The current RAG and latest values per KPI and partner. */
@ApplicationScoped
public class KpiStatusRepository implements PanacheRepositoryBase<KpiStatus, UUID> {

    /** The latest values of one KPI of one partner. */
    public record PartnerKpiValues(UUID partnerId, String kpiCode, KpiStatus.LatestValues latest) {
    }

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

    /** The latest values of each of the KPIs that is measured for each of the partners: one row per KPI and partner. */
    public List<PartnerKpiValues> latestValues(List<UUID> partnerIds, List<String> kpiCodes) {
        // plain JDBC: a row per portfolio cell, thousands of them, without Hibernate's generic row handling
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT partner_id, kpi_code, period, value, "
                    + "previous_period, previous_value FROM kpi_status WHERE partner_id = ANY(?) "
                    + "AND kpi_code = ANY(?) AND period_start IS NOT NULL")) {
                select.setArray(1, connection.createArrayOf("uuid", NativeScope.partners(partnerIds).toArray()));
                select.setArray(2, connection.createArrayOf("varchar", kpiCodes.toArray()));
                List<PartnerKpiValues> values = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String previous = rows.getString(5);
                        values.add(new PartnerKpiValues(rows.getObject(1, UUID.class), rows.getString(2),
                                new KpiStatus.LatestValues(Period.parse(rows.getString(3)).orElseThrow(),
                                        rows.getBigDecimal(4), previous == null ? null
                                        : Period.parse(previous).orElseThrow(), rows.getBigDecimal(6))));
                    }
                }
                return values;
            }
        });
    }
}
