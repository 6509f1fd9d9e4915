package com.partnershipgovernance.risk.agreement.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * risk-service's own read model of an MSA, SOW or quality agreement, kept from
 * {@code agreement.status-changed}: enough to know which agreements of a partner are in force.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "known_agreement")
public class KnownAgreement {

    /** Statuses in which an agreement is in force (executed, active, or amended to a new version). */
    public static final Set<String> IN_FORCE = Set.of("EXECUTED", "ACTIVE", "AMENDED");

    @Id
    private UUID id;

    private String kind;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "msa_id")
    private UUID msaId;

    @Column(name = "sow_kind")
    private String sowKind;

    @Column(nullable = false)
    private String status;

    @Column(name = "agreement_version")
    private Integer agreementVersion;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected KnownAgreement() {
    }

    public KnownAgreement(UUID id, UUID partnerId) {
        this.id = id;
        this.partnerId = partnerId;
    }

    /** Takes the agreement as a status change announced it at {@code at}. */
    public void statusChanged(String kind, UUID partnerId, UUID msaId, String sowKind, String status,
                              Integer agreementVersion, Instant at) {
        this.kind = kind;
        this.partnerId = partnerId;
        this.msaId = msaId;
        this.sowKind = sowKind;
        this.status = status;
        this.agreementVersion = agreementVersion;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String kind() {
        return kind;
    }

    public String status() {
        return status;
    }

    public boolean inForce() {
        return IN_FORCE.contains(status);
    }
}
