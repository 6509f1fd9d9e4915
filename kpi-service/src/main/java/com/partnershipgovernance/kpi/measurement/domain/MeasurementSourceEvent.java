package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.util.UUID;

/** Links a derived measurement to an event it was derived from (insert-only evidence). */
@Entity
@Filter(name = PartnerScope.FILTER,
        condition = "(:unconfined or measurement_id"
                + " in (select p.id from measurement p where p.partner_id = :partnerId))")
@Table(name = "measurement_source_event")
public class MeasurementSourceEvent {

    @Id
    private UUID id;

    @Column(name = "measurement_id", nullable = false, updatable = false)
    private UUID measurementId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected MeasurementSourceEvent() {
    }

    public MeasurementSourceEvent(UUID measurementId, String eventId, String eventType, Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.measurementId = measurementId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.linkedAt = linkedAt;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
