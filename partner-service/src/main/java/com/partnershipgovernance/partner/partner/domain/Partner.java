package com.partnershipgovernance.partner.partner.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A CRO or CDMO the sponsor works with or evaluates. A prospect is registered with little more
 * than its legal name and type, and starts its qualification as {@link QualificationStatus#PROSPECT}.
 */
@Entity
@Table(name = "partner")
@Audited
public class Partner {

    @Id
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_status", nullable = false)
    private QualificationStatus qualificationStatus;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Partner() {
    }

    private Partner(String legalName, PartnerType type, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.legalName = legalName.strip();
        this.type = type;
        this.qualificationStatus = QualificationStatus.PROSPECT;
        this.registeredAt = registeredAt;
    }

    /** Registers a prospect. */
    public static Partner register(String legalName, PartnerType type, Instant now) {
        return new Partner(legalName, type, now);
    }

    /**
     * Moves the qualification to {@code to}, following the lifecycle of {@link QualificationStatus}.
     *
     * @param approver signs the move when {@code to} approves the partner; asked only for a legal approval
     * @return the move, to be kept as history
     * @throws IllegalTransitionException when the lifecycle does not allow the move
     */
    public QualificationChange changeQualification(QualificationStatus to, String reason, String actorId,
                                                   String actorName, Supplier<ElectronicSignature> approver,
                                                   Instant now) {
        if (!qualificationStatus.canMoveTo(to)) {
            throw new IllegalTransitionException("A partner " + qualificationStatus + " cannot become " + to
                    + "; allowed: " + qualificationStatus.next());
        }
        ElectronicSignature signature = to.isApproval() ? approver.get() : null;
        if (to.isApproval() && signature == null) {
            throw new IllegalStateException("Approving a partner needs an electronic signature");
        }
        QualificationChange change = new QualificationChange(id, qualificationStatus, to, reason, actorId, actorName,
                now, signature);
        this.qualificationStatus = to;
        return change;
    }

    public UUID id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public PartnerType type() {
        return type;
    }

    public QualificationStatus qualificationStatus() {
        return qualificationStatus;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}
