package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.quality.domain.AuditRights;
import com.partnershipgovernance.agreement.quality.domain.NotificationTimelines;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityArea;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityMatrix;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Parts of a quality agreement's terms, the same shape in requests and answers. */
public final class QualityTermsDto {

    private QualityTermsDto() {
    }

    /** The sponsor's audit rights. */
    @Schema(name = "AuditRights")
    public record AuditRightsDto(
            @NotNull @Schema(description = "a routine audit at least this often", example = "24") Integer routineIntervalMonths,
            @NotNull @Schema(description = "days of notice before a routine audit", example = "30") Integer noticeDays,
            @NotNull @Schema(description = "whether for-cause audits may be made at short notice", example = "true")
            Boolean forCauseAudits) {

        AuditRights toDomain() {
            return new AuditRights(routineIntervalMonths, noticeDays, forCauseAudits);
        }

        static AuditRightsDto of(AuditRights rights) {
            return new AuditRightsDto(rights.routineIntervalMonths(), rights.noticeDays(), rights.forCauseAudits());
        }
    }

    /** Within how many hours of occurring the partner notifies the sponsor of a deviation, per severity. */
    @Schema(name = "NotificationTimelines")
    public record NotificationTimelinesDto(
            @NotNull @Schema(example = "24") Integer criticalHours,
            @NotNull @Schema(example = "120") Integer majorHours,
            @NotNull @Schema(example = "720") Integer minorHours) {

        NotificationTimelines toDomain() {
            return new NotificationTimelines(criticalHours, majorHours, minorHours);
        }

        static NotificationTimelinesDto of(NotificationTimelines t) {
            return new NotificationTimelinesDto(t.criticalHours(), t.majorHours(), t.minorHours());
        }
    }

    /** The template a new quality agreement may start from ({@code fromTemplate: true}). */
    @Schema(name = "QualityAgreementTemplate")
    public record TemplateView(
            @Schema(description = "every area with its usual responsibility (SPONSOR, PARTNER, SHARED)")
            Map<ResponsibilityArea, Responsibility> responsibilities,
            AuditRightsDto auditRights,
            NotificationTimelinesDto notificationTimelines) {

        static TemplateView current() {
            return new TemplateView(ResponsibilityMatrix.template().assignments(),
                    AuditRightsDto.of(AuditRights.template()), NotificationTimelinesDto.of(NotificationTimelines.template()));
        }
    }
}
