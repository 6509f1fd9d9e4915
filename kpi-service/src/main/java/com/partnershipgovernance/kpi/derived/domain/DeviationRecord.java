package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's deviation as kpi-service heard of it from {@code agreement.deviations.v1}: when it was
 * reported and whether the partner notified it on time, and once closed when and after how many days.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "deviation_record")
public class DeviationRecord extends PartnerFact {

    @Id
    @Column(name = "deviation_id")
    private UUID deviationId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(name = "notified_on_time")
    private Boolean notifiedOnTime;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "days_open")
    private Integer daysOpen;

    protected DeviationRecord() {
    }

    public DeviationRecord(UUID deviationId, UUID partnerId, LocalDate reportedOn) {
        super(partnerId);
        this.deviationId = deviationId;
        this.reportedOn = reportedOn;
    }

    /** The facts every deviation event carries; {@code notifiedOnTime} may be unknown (null). */
    public void reported(LocalDate reportedOn, Boolean notifiedOnTime) {
        this.reportedOn = reportedOn;
        if (notifiedOnTime != null) {
            this.notifiedOnTime = notifiedOnTime;
        }
    }

    /** The deviation closed on {@code on}, after {@code days} days open (counted from the report if not given). */
    public void closed(LocalDate on, Integer days) {
        this.closedOn = on;
        this.daysOpen = days != null ? days : (int) (on.toEpochDay() - reportedOn.toEpochDay());
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
