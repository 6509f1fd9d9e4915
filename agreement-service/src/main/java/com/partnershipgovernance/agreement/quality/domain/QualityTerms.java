package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of a quality agreement says: who is responsible for what, the sponsor's audit rights and
 * the partner's deviation notification timelines, with its dates.
 */
public record QualityTerms(String title, LocalDate effectiveOn, LocalDate expiresOn, LocalDate reviewOn,
                           ResponsibilityMatrix responsibilities, AuditRights auditRights,
                           NotificationTimelines notificationTimelines) implements AgreementTerms {

    public QualityTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(responsibilities, "responsibilities");
        Objects.requireNonNull(auditRights, "auditRights");
        Objects.requireNonNull(notificationTimelines, "notificationTimelines");
        AgreementTerms.requireExpiryAfterEffect(effectiveOn, expiresOn);
    }

    /** The terms field by field, as compared between versions and signed; one field per matrix area. */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = AgreementTerms.datedFields(title, effectiveOn, expiresOn);
        fields.put("reviewOn", AgreementTerms.text(reviewOn));
        responsibilities.assignments().forEach((area, who) -> fields.put("responsibilities." + area, who.name()));
        fields.put("auditRights.routineIntervalMonths", auditRights.routineIntervalMonths());
        fields.put("auditRights.noticeDays", auditRights.noticeDays());
        fields.put("auditRights.forCauseAudits", auditRights.forCauseAudits());
        fields.put("notificationTimelines.criticalHours", notificationTimelines.criticalHours());
        fields.put("notificationTimelines.majorHours", notificationTimelines.majorHours());
        fields.put("notificationTimelines.minorHours", notificationTimelines.minorHours());
        return fields;
    }
}
