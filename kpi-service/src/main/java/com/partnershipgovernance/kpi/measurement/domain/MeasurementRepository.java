package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
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
     * The last two values (current and previous) of each KPI of each of the partners, in periods begun by
     * {@code asOf}, oldest first: one query however many partners and KPIs.
     */
    @SuppressWarnings("unchecked")
    public List<MeasuredValue> lastTwoUpTo(List<UUID> partnerIds, List<String> kpiCodes, LocalDate asOf) {
        // per partner and KPI, the two newest rows from the (partner_id, kpi_code, period_start) index: 4,000
        // rows for 200 partners and 10 KPIs however long the history, read as values, not entities
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT m.partner_id, m.kpi_code, m.period, m.value "
                        + "FROM unnest(?1) AS p(id) CROSS JOIN unnest(?2) AS k(code) "
                        + "CROSS JOIN LATERAL (SELECT * FROM measurement x WHERE x.partner_id = p.id "
                        + "AND x.kpi_code = k.code AND x.period_start <= ?3 ORDER BY x.period_start DESC LIMIT 2) m "
                        + "ORDER BY m.period_start")
                .setParameter(1, partnerIds.toArray(UUID[]::new))
                .setParameter(2, kpiCodes.toArray(String[]::new))
                .setParameter(3, asOf)
                .getResultList();
        return rows.stream().map(r -> new MeasuredValue((UUID) r[0], (String) r[1],
                Period.parse((String) r[2]).orElseThrow(), (BigDecimal) r[3])).toList();
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
