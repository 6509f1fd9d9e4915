package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.platform.problem.ValidationException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new ValidationException("expiresOn", "must be after effectiveOn (" + effectiveOn + ")");
        }
    }

    /** The terms field by field, as compared between versions and signed; one field per matrix area. */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("effectiveOn", text(effectiveOn));
        fields.put("expiresOn", text(expiresOn));
        fields.put("reviewOn", text(reviewOn));
        responsibilities.assignments().forEach((area, who) -> fields.put("responsibilities." + area, who.name()));
        fields.put("auditRights.routineIntervalMonths", auditRights.routineIntervalMonths());
        fields.put("auditRights.noticeDays", auditRights.noticeDays());
        fields.put("auditRights.forCauseAudits", auditRights.forCauseAudits());
        fields.put("notificationTimelines.criticalHours", notificationTimelines.criticalHours());
        fields.put("notificationTimelines.majorHours", notificationTimelines.majorHours());
        fields.put("notificationTimelines.minorHours", notificationTimelines.minorHours());
        return fields;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
