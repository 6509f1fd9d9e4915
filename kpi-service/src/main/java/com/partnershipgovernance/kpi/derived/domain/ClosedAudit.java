package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.LocalDate;
import java.util.UUID;

/** A sponsor audit of a partner that closed, with how many findings (of every severity) it raised. */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "closed_audit")
public class ClosedAudit {

    @Id
    @Column(name = "audit_id")
    private UUID auditId;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(nullable = false)
    private long findings;

    @Version
    private long version;

    protected ClosedAudit() {
    }

    public ClosedAudit(UUID auditId, UUID partnerId, LocalDate closedOn, long findings) {
        this.auditId = auditId;
        this.partnerId = partnerId;
        this.closedOn = closedOn;
        this.findings = findings;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
