package com.partnershipgovernance.partner.partner.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.util.UUID;

/** One move of a partner's qualification: from, to, why, who and when, and the signature of an approval. */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "qualification_change")
public class QualificationChange {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private QualificationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private QualificationStatus to;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Embedded
    private ElectronicSignature signature;

    protected QualificationChange() {
    }

    QualificationChange(UUID partnerId, QualificationStatus from, QualificationStatus to, String reason,
                        String changedBy, String changedByName, Instant changedAt, ElectronicSignature signature) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
        this.signature = signature;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public QualificationStatus from() {
        return from;
    }

    public QualificationStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public String changedByName() {
        return changedByName;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public ElectronicSignature signature() {
        return signature;
    }
}
