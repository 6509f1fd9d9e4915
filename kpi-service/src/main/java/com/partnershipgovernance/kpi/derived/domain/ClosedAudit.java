package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.LocalDate;
import java.util.UUID;

/** A sponsor audit of a partner that closed, with how many findings (of every severity) it raised. */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "closed_audit")
public class ClosedAudit extends PartnerFact {

    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(nullable = false)
    private long findings;

    protected ClosedAudit() {
    }

    public ClosedAudit(UUID auditId, UUID partnerId, LocalDate closedOn, long findings) {
        super(partnerId);
        this.auditId = auditId;
        this.closedOn = closedOn;
        this.findings = findings;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
