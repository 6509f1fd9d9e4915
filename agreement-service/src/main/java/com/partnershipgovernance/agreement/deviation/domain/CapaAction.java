package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One corrective or preventive action of a deviation: what, who owns it, by when. It stays open until an
 * effectiveness check finds it effective; a check that finds it ineffective is recorded and keeps it open.
 * Only its {@link Deviation} changes it.
 */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or deviation_id in "
        + "(select p.id from deviation p where p.partner_id = :partnerId))")
@Table(name = "capa_action")
@Audited
public class CapaAction {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deviation_id", nullable = false, updatable = false)
    private Deviation deviation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "effectiveness_check")
    private String effectivenessCheck;

    @Column
    private Boolean effective;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected CapaAction() {
    }

    CapaAction(Deviation deviation, int number, String description, String owner, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.deviation = deviation;
        this.number = number;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void recordEffectivenessCheck(LocalDate on, String result, boolean wasEffective) {
        checkedOn = on;
        effectivenessCheck = result;
        effective = wasEffective;
        closedOn = wasEffective ? on : null;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String effectivenessCheck() {
        return effectivenessCheck;
    }

    public Boolean effective() {
        return effective;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
