package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.query.Criteria;
import com.partnershipgovernance.kpi.scope.NativeScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Measurements, one per KPI, partner and period; and the events derived ones came from. */
@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    /** The measurements of a KPI, partner, period and source, each if given. */
    public PanacheQuery<Measurement> matching(String kpiCode, UUID partnerId, String period, MeasurementSource source,
                                              Sort sort) {
        Criteria where = Criteria.of().and("partnerId = :partner", "partner", partnerId)
                .and("kpiCode = :code", "code", kpiCode).and("period = :period", "period", period)
                .and("source = :source", "source", source);
        return find(where.condition(), sort, where.parameters());
    }

    public Optional<Measurement> of(String kpiCode, UUID partnerId, Period period) {
        return find("kpiCode = ?1 and partnerId = ?2 and period = ?3", kpiCode, partnerId, period.toString())
                .firstResultOptional();
    }

    /** The partner's latest two values of the KPI, newest first: none, one or two. */
    public List<MeasuredValue> lastTwo(String kpiCode, UUID partnerId) {
        // a query, not entities: it sees what other transactions committed since this one loaded any
        return getEntityManager().createQuery("select m.period, m.value from Measurement m where m.kpiCode = ?1 "
                        + "and m.partnerId = ?2 order by m.periodStart desc", Object[].class)
                .setParameter(1, kpiCode).setParameter(2, partnerId).setMaxResults(2).getResultStream()
                .map(row -> new MeasuredValue(partnerId, kpiCode, Period.parse((String) row[0]).orElseThrow(),
                        (BigDecimal) row[1]))
                .toList();
    }

    /**
     * The last two values (current and previous) of each of the KPIs of partners, in periods begun by
     * {@code asOf}, oldest first: one query however many.
     */
    public List<MeasuredValue> lastTwoUpTo(List<KpiOfPartner> cells, LocalDate asOf) {
        // per partner and KPI, the two newest rows from the (partner_id, kpi_code, period_start) index however
        // long the history. Read with JDBC on the transaction's connection: Hibernate's generic row handling had
        // cost a sixth of the portfolio's time
        Set<UUID> readable = new HashSet<>(NativeScope.partners(cells.stream().map(KpiOfPartner::partnerId).toList()));
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT m.partner_id, m.kpi_code, m.period, "
                    + "m.value FROM unnest(?, ?) AS c(partner_id, kpi_code) CROSS JOIN LATERAL (SELECT * "
                    + "FROM measurement x WHERE x.partner_id = c.partner_id AND x.kpi_code = c.kpi_code "
                    + "AND x.period_start <= ? ORDER BY x.period_start DESC LIMIT 2) m ORDER BY m.period_start")) {
                select.setArray(1, connection.createArrayOf("uuid",
                        cells.stream().map(c -> readable.contains(c.partnerId()) ? c.partnerId() : null).toArray()));
                select.setArray(2, connection.createArrayOf("varchar",
                        cells.stream().map(KpiOfPartner::kpiCode).toArray()));
                select.setObject(3, asOf);
                List<MeasuredValue> values = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        values.add(new MeasuredValue(rows.getObject(1, UUID.class), rows.getString(2),
                                Period.parse(rows.getString(3)).orElseThrow(), rows.getBigDecimal(4)));
                    }
                }
                return values;
            }
        });
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
