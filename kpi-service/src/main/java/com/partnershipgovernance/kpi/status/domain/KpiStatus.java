package com.partnershipgovernance.kpi.status.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The current RAG of one KPI for one partner: that of its latest measured period. It remembers
 * whether the KPI is in breach (RED), so that a breach is announced once when it begins and a
 * recovery once when it ends; and it keeps the latest two measured values, which the portfolio shows.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "kpi_status")
public class KpiStatus {

    /** What a change of the current RAG means for the breach. */
    public enum BreachChange {
        BREACHED, RECOVERED, NONE
    }

    @Id
    private UUID id;

    @Column(name = "kpi_code", nullable = false, updatable = false)
    private String kpiCode;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    /** Null while no thresholds apply. */
    @Enumerated(EnumType.STRING)
    private Rag rag;

    /** The latest measured period; null while the KPI has no measurement for the partner. */
    private String period;

    @Column(name = "period_start")
    private LocalDate periodStart;

    private BigDecimal value;

    /** The period measured before the latest one, if any. */
    @Column(name = "previous_period")
    private String previousPeriod;

    @Column(name = "previous_value")
    private BigDecimal previousValue;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected KpiStatus() {
    }

    /**
     * The latest two measured values of the KPI for a partner; {@code previousPeriod} and {@code previousValue}
     * are null when only one period is measured.
     */
    public record LatestValues(Period period, BigDecimal value, Period previousPeriod, BigDecimal previousValue) {
    }

    /** Takes the latest values and the RAG of the latest period, and says whether a breach began or ended. */
    public BreachChange update(Rag current, LatestValues latest, Instant now) {
        boolean wasRed = rag == Rag.RED;
        boolean isRed = current == Rag.RED;
        String latestPeriod = latest.period().toString();
        if (current != rag || !Objects.equals(latestPeriod, period)) {
            rag = current;
            period = latestPeriod;
            changedAt = now;
        }
        periodStart = latest.period().start();
        value = latest.value();
        previousPeriod = latest.previousPeriod() == null ? null : latest.previousPeriod().toString();
        previousValue = latest.previousValue();
        if (isRed && !wasRed) {
            return BreachChange.BREACHED;
        }
        return wasRed && !isRed ? BreachChange.RECOVERED : BreachChange.NONE;
    }

    public String kpiCode() {
        return kpiCode;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public Rag rag() {
        return rag;
    }
}
