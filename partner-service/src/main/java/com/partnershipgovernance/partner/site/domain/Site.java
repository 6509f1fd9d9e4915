package com.partnershipgovernance.partner.site.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** A partner's facility where work for the sponsor is done, in one country. */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "site")
@Audited
public class Site {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    @Version
    private long version;

    protected Site() {
    }

    public Site(UUID partnerId, String name, String country) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.name = name.strip();
        this.country = country;
    }

    /** Corrects the site's name or country. */
    public void describe(String name, String country) {
        this.name = name.strip();
        this.country = country;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public long version() {
        return version;
    }
}
