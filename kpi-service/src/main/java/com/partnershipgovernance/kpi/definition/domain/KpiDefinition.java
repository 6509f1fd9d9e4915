package com.partnershipgovernance.kpi.definition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * A KPI the sponsor measures its partners by: its code, how it reads (name, unit, category), which
 * way it improves, how a period's value is formed and where its measurements come from. The code,
 * direction, aggregation, periodicity and source are fixed at creation: thresholds and measurements
 * already recorded rely on them.
 */
@Entity
@Table(name = "kpi_definition")
@Audited
public class KpiDefinition {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KpiCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Aggregation aggregation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Periodicity periodicity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private KpiSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected KpiDefinition() {
    }

    public KpiDefinition(String code, KpiDescription description, Direction direction, Aggregation aggregation,
                         Periodicity periodicity, KpiSource source, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.direction = direction;
        this.aggregation = aggregation;
        this.periodicity = periodicity;
        this.source = source;
        this.createdAt = now;
        revise(description);
    }

    /** Renames, re-explains or regroups the KPI; what it measures stays the same. */
    public void revise(KpiDescription description) {
        this.name = description.name();
        this.description = description.description();
        this.unit = description.unit();
        this.category = description.category();
    }

    /** Whether people and integrations may enter this KPI's measurements (derived KPIs come from events). */
    public boolean isEnteredManually() {
        return source == KpiSource.MANUAL;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public KpiCategory category() {
        return category;
    }

    public Direction direction() {
        return direction;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public Periodicity periodicity() {
        return periodicity;
    }

    public KpiSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
