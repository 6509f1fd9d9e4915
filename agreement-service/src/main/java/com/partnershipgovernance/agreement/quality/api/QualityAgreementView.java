package com.partnershipgovernance.agreement.quality.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnershipgovernance.agreement.lifecycle.api.AgreementAnswer;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewFlagView;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A quality agreement as it stands: its latest version with status and terms, which version is in force, and
 * whether it is flagged for review. Its ETag is the agreement's version.
 */
@Schema(name = "QualityAgreement")
public record QualityAgreementView(UUID id,
                                   UUID partnerId,
                                   @JsonProperty("version")
                                   @Schema(description = "the latest version's number", example = "1") int latestVersion,
                                   @Schema(description = "the latest version's status", example = "DRAFT")
                                   AgreementStatus status,
                                   @Schema(description = "the version binding the parties, if any", example = "1")
                                   Integer inForceVersion,
                                   @Schema(example = "Quality agreement for drug substance manufacturing") String title,
                                   LocalDate effectiveOn,
                                   LocalDate expiresOn,
                                   @Schema(description = "agreed in the terms, or moved by a periodic review")
                                   LocalDate reviewOn,
                                   Map<ResponsibilityArea, Responsibility> responsibilities,
                                   QualityTermsDto.AuditRightsDto auditRights,
                                   QualityTermsDto.NotificationTimelinesDto notificationTimelines,
                                   @Schema(description = "why the latest version amends the previous; null for version 1")
                                   String amendmentReason,
                                   boolean flaggedForReview,
                                   ReviewFlagView reviewFlag,
                                   Instant createdAt,
                                   Instant updatedAt,
                                   @JsonIgnore long recordVersion) implements AgreementAnswer {

    static QualityAgreementView of(QualityAgreement agreement) {
        QualityAgreementVersion latest = agreement.latest();
        QualityTerms terms = latest.terms();
        return new QualityAgreementView(agreement.id(), agreement.partnerId(), latest.number(), latest.status(),
                agreement.inForce().map(QualityAgreementVersion::number).orElse(null), terms.title(),
                terms.effectiveOn(), terms.expiresOn(), latest.reviewOn(), terms.responsibilities().assignments(),
                QualityTermsDto.AuditRightsDto.of(terms.auditRights()),
                QualityTermsDto.NotificationTimelinesDto.of(terms.notificationTimelines()), latest.amendmentReason(),
                agreement.isFlaggedForReview(), ReviewFlagView.of(agreement),
                agreement.createdAt(), agreement.updatedAt(), agreement.version());
    }
}
