package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.util.UUID;

/**
 * A consuming service's own read model of a partner, kept from {@code partner.events.v1}: enough to name, scope and
 * route its records without asking partner-service. Its id is partner-service's partner id. An event about a partner
 * not announced yet creates a placeholder, filled in when the partner is. A partner user reads only their own.
 */
@Entity
@Table(name = "known_partner")
@Filter(name = PartnerScope.FILTER, condition = PartnerScope.OWN_ID)
public class KnownPartner {

    @Id
    private UUID id;

    @Column(name = "legal_name")
    private String legalName;

    private String type;

    @Column(name = "qualification_status")
    private String qualificationStatus;

    @Column(name = "engagement_model")
    private String engagementModel;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected KnownPartner() {
    }

    public KnownPartner(UUID id) {
        this.id = id;
    }

    /** Takes the partner's name, type and engagement model as an event announced them at {@code at}. */
    public void describe(String legalName, String type, String engagementModel, Instant at) {
        this.legalName = legalName;
        this.type = type;
        this.engagementModel = engagementModel;
        this.updatedAt = at;
    }

    /**
     * Takes the qualification status as announced at {@code at}. partner-service publishes all of a partner's events
     * on one topic with the partner id as key, so they arrive in order.
     */
    public void qualification(String status, Instant at) {
        this.qualificationStatus = status;
        this.updatedAt = at;
    }

    /** Whether partner-service has announced the partner itself (not only events about it). */
    public boolean isRegistered() {
        return legalName != null;
    }

    public UUID id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String type() {
        return type;
    }

    public String qualificationStatus() {
        return qualificationStatus;
    }

    public String engagementModel() {
        return engagementModel;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
