package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One move of one version of an agreement of any kind: from, to, why, who and when, with the signature of
 * an approval or execution. Kept for ever; never changed.
 */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or agreement_id in ("
        + "select a.id from msa a where a.partner_id = :partnerId union "
        + "select a.id from sow a where a.partner_id = :partnerId union "
        + "select a.id from quality_agreement a where a.partner_id = :partnerId))")
@Table(name = "agreement_status_change")
public class AgreementStatusChange {

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false)
    private UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementKind kind;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private AgreementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AgreementStatus to;

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

    protected AgreementStatusChange() {
    }

    private AgreementStatusChange(UUID agreementId, AgreementKind kind, int versionNumber, AgreementStatus from,
                                  AgreementStatus to, String reason, Actor actor, Instant changedAt,
                                  ElectronicSignature signature) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.kind = kind;
        this.versionNumber = versionNumber;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedBy = actor.id();
        this.changedByName = actor.name();
        this.changedAt = changedAt;
        this.signature = signature;
    }

    /** Who moved the agreement: a user ({@code sub}, printed name) or the service itself. */
    public record Actor(String id, String name) {
    }

    /** Records a move; the aggregate whose version moved calls this once it checked the move. */
    public static AgreementStatusChange of(UUID agreementId, AgreementKind kind, int versionNumber,
                                           AgreementStatus from, AgreementStatus to, String reason, Actor actor,
                                           Instant changedAt, ElectronicSignature signature) {
        return new AgreementStatusChange(agreementId, kind, versionNumber, from, to, reason, actor, changedAt,
                signature);
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public AgreementKind kind() {
        return kind;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public AgreementStatus from() {
        return from;
    }

    public AgreementStatus to() {
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
