package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.util.UUID;

/**
 * A record kept about one risk (its {@code risk_id}): a review, a score change, a re-score proposal, a
 * mitigation action. A partner user sees it only when the risk is their partner's joint risk; the scope applies
 * to every subclass, whichever query reads it.
 */
@MappedSuperclass
@Audited
@Filter(name = PartnerScope.FILTER,
        condition = "(:unconfined or risk_id"
                + " in (select p.id from risk p where p.joint and p.partner_id = :partnerId))")
public abstract class RiskRecord {

    @Id
    private UUID id;

    @Column(name = "risk_id", nullable = false)
    private UUID riskId;

    @Version
    private long version;

    protected RiskRecord() {
    }

    /** A new record of {@code riskId}, with a new id. */
    protected RiskRecord(UUID riskId) {
        this.id = UUID.randomUUID();
        this.riskId = riskId;
    }

    public UUID id() {
        return id;
    }

    public UUID riskId() {
        return riskId;
    }

    public long version() {
        return version;
    }
}
