package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.quality.domain.AuditRights;
import com.partnershipgovernance.agreement.quality.domain.NotificationTimelines;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityArea;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityMatrix;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.partnershipgovernance.agreement.lifecycle.AgreementRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The terms of a quality agreement, to draft one ({@code POST /quality-agreements}) or to replace a draft's
 * ({@code PUT /quality-agreements/{id}}). With {@code fromTemplate} the template's matrix, audit rights and
 * timelines fill whatever the request leaves out; without it every area must be assigned.
 */
@Schema(name = "QualityAgreementRequest")
public record QualityAgreementRequest(
        @NotNull @Schema(description = "partner-service's id of the partner") UUID partnerId,
        @NotBlank @Size(max = 300) @Schema(example = "Quality agreement for drug substance manufacturing")
        String title,
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveOn,
        @Schema(description = "after effectiveOn; null for an open-ended agreement", example = "2031-12-31")
        LocalDate expiresOn,
        @NotNull @Schema(description = "when the agreement is next due for review", example = "2027-12-01")
        LocalDate reviewOn,
        @Schema(description = "start from GET /quality-agreements/template; given entries override it")
        Boolean fromTemplate,
        @Schema(description = "area -> SPONSOR, PARTNER or SHARED; every area must end up assigned (else 422 "
                + "naming responsibilities.AREA)", example = "{\"CHANGE_CONTROL\": \"SHARED\"}")
        Map<String, String> responsibilities,
        @Valid QualityTermsDto.AuditRightsDto auditRights,
        @Valid QualityTermsDto.NotificationTimelinesDto notificationTimelines) implements AgreementRequest<QualityTerms> {

    /**
     * The terms, once the checks Bean Validation cannot express passed.
     *
     * @throws ValidationException   (400) naming the field: dates out of order, an unknown area or responsibility,
     *                               missing audit rights or timelines without the template
     * @throws BusinessRuleException (422) naming {@code responsibilities.AREA} for an area left unassigned
     */
    @Override
    public QualityTerms toTerms() {
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new ValidationException("expiresOn", "must be after effectiveOn (" + effectiveOn + ")");
        }
        boolean template = Boolean.TRUE.equals(fromTemplate);
        Map<ResponsibilityArea, Responsibility> assignments = new EnumMap<>(ResponsibilityArea.class);
        if (template) {
            assignments.putAll(ResponsibilityMatrix.template().assignments());
        }
        if (responsibilities != null) {
            responsibilities.forEach((area, who) -> assignments.put(area(area), responsibility(area, who)));
        }
        AuditRights rights = auditRights != null ? auditRights.toDomain()
                : template ? AuditRights.template() : missing("auditRights");
        NotificationTimelines timelines = notificationTimelines != null ? notificationTimelines.toDomain()
                : template ? NotificationTimelines.template() : missing("notificationTimelines");
        return new QualityTerms(title.strip(), effectiveOn, expiresOn, reviewOn, ResponsibilityMatrix.of(assignments),
                rights, timelines);
    }

    private static ResponsibilityArea area(String name) {
        try {
            return ResponsibilityArea.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("responsibilities." + name, "is not an area; the areas are "
                    + Arrays.toString(ResponsibilityArea.values()));
        }
    }

    private static Responsibility responsibility(String area, String who) {
        try {
            return Responsibility.valueOf(who == null ? "" : who);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("responsibilities." + area, "must be SPONSOR, PARTNER or SHARED");
        }
    }

    private static <T> T missing(String field) {
        throw new ValidationException(field, "is required unless the agreement starts from the template");
    }
}
