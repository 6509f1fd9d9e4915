package com.partnershipgovernance.kpi.measurement.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The value of one KPI for one partner in one period. Entered by a person or an integration, or
 * derived by kpi-service from other services' events (and re-derived as further events arrive);
 * there is one per KPI, partner and period, and every change of it is in the audit trail.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "measurement")
@Audited
public class Measurement {

    @Id
    private UUID id;

    @Column(name = "kpi_code", nullable = false, updatable = false)
    private String kpiCode;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Column(nullable = false, updatable = false)
    private String period;

    /** The period's first day, to order and select periods. */
    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeasurementSource source;

    private String comment;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Measurement() {
    }

    private Measurement(String kpiCode, UUID partnerId, Period period, MeasurementSource source) {
        this.id = UUID.randomUUID();
        this.kpiCode = kpiCode;
        this.partnerId = partnerId;
        this.period = period.toString();
        this.periodStart = period.start();
        this.source = source;
    }

    /** A value entered by {@code by} (a person, or an integration's account). */
    public static Measurement entered(String kpiCode, UUID partnerId, Period period, BigDecimal value,
                                      MeasurementSource source, String comment, Recorder by, Instant now) {
        if (source == MeasurementSource.DERIVED) {
            throw new IllegalArgumentException("Derived measurements come from events");
        }
        Measurement measurement = new Measurement(kpiCode, partnerId, period, source);
        measurement.record(value, comment, by, now);
        return measurement;
    }

    /** A value kpi-service derived from events. */
    public static Measurement derived(String kpiCode, UUID partnerId, Period period, BigDecimal value,
                                      Recorder by, Instant now) {
        Measurement measurement = new Measurement(kpiCode, partnerId, period, MeasurementSource.DERIVED);
        measurement.record(value, null, by, now);
        return measurement;
    }

    /** Takes a new value: a correction of an entered value, or a re-derivation from further events. */
    public void record(BigDecimal value, String comment, Recorder by, Instant now) {
        this.value = value;
        this.comment = comment;
        this.recordedBy = by.id();
        this.recordedByName = by.name();
        this.recordedAt = now;
    }

    public boolean isDerived() {
        return source == MeasurementSource.DERIVED;
    }

    /** Who recorded a value: user id and printed name. */
    public record Recorder(String id, String name) {
    }

    public UUID id() {
        return id;
    }

    public String kpiCode() {
        return kpiCode;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public Period period() {
        return Period.parse(period).orElseThrow();
    }

    public BigDecimal value() {
        return value;
    }

    public MeasurementSource source() {
        return source;
    }

    public String comment() {
        return comment;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
