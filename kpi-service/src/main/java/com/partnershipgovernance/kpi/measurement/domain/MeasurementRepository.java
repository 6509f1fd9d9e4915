package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Measurements, one per KPI, partner and period; and the events derived ones came from. */
@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    public Optional<Measurement> of(String kpiCode, UUID partnerId, Period period) {
        return find("kpiCode = ?1 and partnerId = ?2 and period = ?3", kpiCode, partnerId, period.toString())
                .firstResultOptional();
    }

    /** The partner's latest measurement of the KPI (the period furthest on). */
    public Optional<Measurement> latest(String kpiCode, UUID partnerId) {
        return find("kpiCode = ?1 and partnerId = ?2 order by periodStart desc", kpiCode, partnerId)
                .firstResultOptional();
    }

    /**
     * The last two measurements (current and previous) of each KPI of each of the partners, in periods begun by
     * {@code asOf}, oldest first: one query however many partners and KPIs.
     */
    @SuppressWarnings("unchecked")
    public List<Measurement> lastTwoUpTo(List<UUID> partnerIds, LocalDate asOf) {
        return getEntityManager().createNativeQuery("SELECT * FROM measurement WHERE id IN (SELECT id FROM ("
                        + "SELECT id, row_number() OVER (PARTITION BY partner_id, kpi_code ORDER BY period_start DESC) "
                        + "AS recency FROM measurement WHERE partner_id = ANY(?1) AND period_start <= ?2) ranked "
                        + "WHERE recency <= 2) ORDER BY period_start", Measurement.class)
                .setParameter(1, partnerIds.toArray(UUID[]::new)).setParameter(2, asOf).getResultList();
    }

    public List<MeasurementSourceEvent> sourcesOf(UUID measurementId) {
        return getEntityManager().createQuery("from MeasurementSourceEvent where measurementId = ?1 order by linkedAt, "
                        + "eventId", MeasurementSourceEvent.class)
                .setParameter(1, measurementId).getResultList();
    }

    /** Links the measurement to an event it was derived from, unless it already is. */
    public void link(UUID measurementId, String eventId, String eventType, Instant at) {
        boolean linked = getEntityManager().createQuery("select count(l) from MeasurementSourceEvent l "
                        + "where l.measurementId = ?1 and l.eventId = ?2", Long.class)
                .setParameter(1, measurementId).setParameter(2, eventId).getSingleResult() > 0;
        if (!linked) {
            getEntityManager().persist(new MeasurementSourceEvent(measurementId, eventId, eventType, at));
        }
    }
}
