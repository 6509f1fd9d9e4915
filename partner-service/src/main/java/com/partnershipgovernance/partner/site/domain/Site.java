package com.partnershipgovernance.partner.site.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** A partner's facility where work for the sponsor is done, in one country. */
@Entity
@Table(name = "site")
@Audited
public class Site extends PartnerRecord {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    protected Site() {
    }

    public Site(UUID partnerId, String name, String country) {
        super(partnerId);
        this.name = name.strip();
        this.country = country;
    }

    /** Corrects the site's name or country. */
    public void describe(String name, String country) {
        this.name = name.strip();
        this.country = country;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }
}
