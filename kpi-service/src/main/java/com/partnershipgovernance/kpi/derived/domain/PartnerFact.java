package com.partnershipgovernance.kpi.derived.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * What kpi-service keeps of another service's record from its events, to derive KPIs from: whose partner
 * it is (the column partner scope filters on) and its version, as consumers on several partitions may
 * apply events about the same record.
 */
@MappedSuperclass
public abstract class PartnerFact {

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Version
    private long version;

    protected PartnerFact() {
    }

    protected PartnerFact(UUID partnerId) {
        this.partnerId = partnerId;
    }

    public UUID partnerId() {
        return partnerId;
    }
}
