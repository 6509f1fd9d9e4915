package com.partnershipgovernance.partner.scope;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.util.UUID;

/**
 * A record that belongs to one partner (its {@code partner_id}): an audit, a finding, a site, a certificate, an
 * inspection, a submission, a team member, a continuity note. The platform's partner scope applies to every
 * subclass, so a partner user's request finds only their own partner's records, whichever query reads them.
 */
@MappedSuperclass
@Audited
@Filter(name = PartnerScope.FILTER)
public abstract class PartnerRecord {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Version
    private long version;

    protected PartnerRecord() {
    }

    /** A new record of {@code partnerId}, with a new id. */
    protected PartnerRecord(UUID partnerId) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public long version() {
        return version;
    }
}
