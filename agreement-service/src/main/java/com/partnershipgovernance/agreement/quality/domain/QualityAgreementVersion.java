package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One numbered version of a quality agreement: version 1 is the original, each amendment adds the next
 * number. Every version keeps its terms and its own status for ever. Only {@link QualityAgreement} changes it.
 */
@Entity
@Table(name = "quality_agreement_version")
@Audited
public class QualityAgreementVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quality_agreement_id", nullable = false, updatable = false)
    private QualityAgreement agreement;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(nullable = false)
    private String title;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Convert(converter = ResponsibilityMatrixConverter.class)
    @Column(nullable = false)
    private ResponsibilityMatrix responsibilities;

    @Column(name = "audit_interval_months", nullable = false)
    private int auditIntervalMonths;

    @Column(name = "audit_notice_days", nullable = false)
    private int auditNoticeDays;

    @Column(name = "for_cause_audits", nullable = false)
    private boolean forCauseAudits;

    @Column(name = "critical_notification_hours", nullable = false)
    private int criticalNotificationHours;

    @Column(name = "major_notification_hours", nullable = false)
    private int majorNotificationHours;

    @Column(name = "minor_notification_hours", nullable = false)
    private int minorNotificationHours;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    // once a version was put into review, its edits need a reason in the audit trail
    @Column(name = "was_reviewed", nullable = false)
    private boolean wasReviewed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QualityAgreementVersion() {
    }

    QualityAgreementVersion(QualityAgreement agreement, int number, QualityTerms terms, String amendmentReason,
                            Instant now) {
        this.id = UUID.randomUUID();
        this.agreement = agreement;
        this.number = number;
        this.status = AgreementStatus.DRAFT;
        this.amendmentReason = amendmentReason;
        this.createdAt = now;
        this.wasReviewed = number > 1;
        replaceTerms(terms);
    }

    void replaceTerms(QualityTerms terms) {
        title = terms.title();
        effectiveOn = terms.effectiveOn();
        expiresOn = terms.expiresOn();
        reviewOn = terms.reviewOn();
        responsibilities = terms.responsibilities();
        auditIntervalMonths = terms.auditRights().routineIntervalMonths();
        auditNoticeDays = terms.auditRights().noticeDays();
        forCauseAudits = terms.auditRights().forCauseAudits();
        criticalNotificationHours = terms.notificationTimelines().criticalHours();
        majorNotificationHours = terms.notificationTimelines().majorHours();
        minorNotificationHours = terms.notificationTimelines().minorHours();
    }

    void moveTo(AgreementStatus to) {
        if (to == AgreementStatus.IN_REVIEW) {
            wasReviewed = true;
        }
        status = to;
    }

    public QualityTerms terms() {
        return new QualityTerms(title, effectiveOn, expiresOn, reviewOn, responsibilities,
                new AuditRights(auditIntervalMonths, auditNoticeDays, forCauseAudits), notificationTimelines());
    }

    public NotificationTimelines notificationTimelines() {
        return new NotificationTimelines(criticalNotificationHours, majorNotificationHours, minorNotificationHours);
    }

    public ResponsibilityMatrix responsibilities() {
        return responsibilities;
    }

    /** Edits of this version need a reason: it was in review before, or it amends an executed agreement. */
    public boolean needsReasonForEdits() {
        return wasReviewed;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public AgreementStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public String amendmentReason() {
        return amendmentReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public QualityAgreement agreement() {
        return agreement;
    }
}
