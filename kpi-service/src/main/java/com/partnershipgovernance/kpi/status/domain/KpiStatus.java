package com.partnershipgovernance.kpi.status.domain;

import com.partnershipgovernance.kpi.threshold.domain.Rag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The current RAG of one KPI for one partner: that of its latest measured period. It remembers
 * whether the KPI is in breach (RED), so that a breach is announced once when it begins and a
 * recovery once when it ends.
 */
@Entity
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

    private String period;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected KpiStatus() {
    }

    /** Takes the RAG of the latest period, and says whether a breach began or ended. */
    public BreachChange update(Rag current, String currentPeriod, Instant now) {
        boolean wasRed = rag == Rag.RED;
        boolean isRed = current == Rag.RED;
        if (current != rag || !Objects.equals(currentPeriod, period)) {
            rag = current;
            period = currentPeriod;
            changedAt = now;
        }
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
