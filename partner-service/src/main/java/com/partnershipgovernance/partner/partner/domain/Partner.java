package com.partnershipgovernance.partner.partner.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.retire.Retirement;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A CRO or CDMO the sponsor works with or evaluates. A prospect is registered with little more
 * than its legal name and type, and starts its qualification as {@link QualificationStatus#PROSPECT}.
 */
@Entity
@Filter(name = PartnerScope.FILTER, condition = PartnerScope.OWN_ID)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "service_model")
    private ServiceModel serviceModel;

    @Column(name = "headquarters_country")
    private String headquartersCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_model")
    private EngagementModel engagementModel;

    @ElementCollection
    @CollectionTable(name = "partner_modality", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "modality")
    private Set<Modality> modalities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "partner_capability", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "capability")
    private Set<Capability> capabilities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "partner_scale", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scale")
    private Set<Scale> scales = new HashSet<>();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Embedded
    private Retirement retirement;

    @Version
    private long version;

    protected Partner() {
    }

    private Partner(PartnerProfile profile, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.qualificationStatus = QualificationStatus.PROSPECT;
        this.registeredAt = registeredAt;
        revise(profile);
    }

    /** Registers a prospect. */
    public static Partner register(PartnerProfile profile, Instant now) {
        return new Partner(profile, now);
    }

    /** Registers a prospect known only by name and type. */
    public static Partner register(String legalName, PartnerType type, Instant now) {
        return new Partner(PartnerProfile.of(legalName, type), now);
    }

    /**
     * Replaces the profile.
     *
     * @return whether something other services are told of changed (name, type, service or engagement
     *         model, country): then {@code partner.updated} is due
     */
    public boolean revise(PartnerProfile profile) {
        boolean announced = !Objects.equals(legalName, profile.legalName()) || type != profile.type()
                || serviceModel != profile.serviceModel() || engagementModel != profile.engagementModel()
                || !Objects.equals(headquartersCountry, profile.headquartersCountry());
        legalName = profile.legalName();
        type = profile.type();
        serviceModel = profile.serviceModel();
        headquartersCountry = profile.headquartersCountry();
        engagementModel = profile.engagementModel();
        replace(modalities, profile.modalities());
        replace(capabilities, profile.capabilities());
        replace(scales, profile.scales());
        return announced;
    }

    /** Edits of an approved (or suspended) partner's record need a reason in the audit trail. */
    public boolean needsReasonForEdits() {
        return qualificationStatus == QualificationStatus.QUALIFIED
                || qualificationStatus == QualificationStatus.CONDITIONALLY_APPROVED
                || qualificationStatus == QualificationStatus.SUSPENDED;
    }

    public PartnerProfile profile() {
        return new PartnerProfile(legalName, type, serviceModel, headquartersCountry, engagementModel, modalities,
                capabilities, scales);
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
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

    /**
     * Retires the record (it was registered in error, or the prospect was dropped). A partner the sponsor
     * approved or suspended is part of the GMP record: it is disqualified, never retired.
     */
    public void retire(String reason, String actorId, Instant now) {
        if (isRetired()) {
            throw new IllegalTransitionException("The partner was already retired");
        }
        if (needsReasonForEdits()) {
            throw BusinessRuleException.onField("qualificationStatus", "is " + qualificationStatus
                    + ": an approved or suspended partner is disqualified, not retired");
        }
        retirement = new Retirement(now, actorId, reason);
    }

    public boolean isRetired() {
        return retirement != null && retirement.retiredAt() != null;
    }

    public Retirement retirement() {
        return retirement;
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

    public ServiceModel serviceModel() {
        return serviceModel;
    }

    public String headquartersCountry() {
        return headquartersCountry;
    }

    public EngagementModel engagementModel() {
        return engagementModel;
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
