package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One numbered version of a quality agreement: its responsibility matrix, audit rights and notification
 * timelines.
 */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or quality_agreement_id in "
        + "(select p.id from quality_agreement p where p.partner_id = :partnerId))")
@Table(name = "quality_agreement_version")
@Audited
public class QualityAgreementVersion extends AgreementVersion<QualityTerms> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quality_agreement_id", nullable = false, updatable = false)
    private QualityAgreement agreement;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

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

    protected QualityAgreementVersion() {
    }

    QualityAgreementVersion(QualityAgreement agreement, int number, QualityTerms terms, String amendmentReason,
                            Instant now) {
        super(number, amendmentReason, now);
        this.agreement = agreement;
        replaceTerms(terms);
    }

    @Override
    protected void applyTerms(QualityTerms terms) {
        effectiveOn = terms.effectiveOn();
        expiresOn = terms.expiresOn();
        responsibilities = terms.responsibilities();
        auditIntervalMonths = terms.auditRights().routineIntervalMonths();
        auditNoticeDays = terms.auditRights().noticeDays();
        forCauseAudits = terms.auditRights().forCauseAudits();
        criticalNotificationHours = terms.notificationTimelines().criticalHours();
        majorNotificationHours = terms.notificationTimelines().majorHours();
        minorNotificationHours = terms.notificationTimelines().minorHours();
    }

    @Override
    public QualityTerms terms() {
        return new QualityTerms(title(), effectiveOn, expiresOn, agreedReviewOn(), responsibilities,
                new AuditRights(auditIntervalMonths, auditNoticeDays, forCauseAudits), notificationTimelines());
    }

    public NotificationTimelines notificationTimelines() {
        return new NotificationTimelines(criticalNotificationHours, majorNotificationHours, minorNotificationHours);
    }

    public ResponsibilityMatrix responsibilities() {
        return responsibilities;
    }

    @Override
    public QualityAgreement agreement() {
        return agreement;
    }

    @Override
    public LocalDate startsOn() {
        return effectiveOn;
    }

    @Override
    public LocalDate endsOn() {
        return expiresOn;
    }
}
