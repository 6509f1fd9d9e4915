package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.lifecycle.api.StatusChangeView;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One version of a quality agreement with its terms and every move of its lifecycle, signatures included. */
@Schema(name = "QualityAgreementVersion")
public record QualityAgreementVersionView(UUID agreementId,
                                          UUID partnerId,
                                          @Schema(example = "1") int version,
                                          @Schema(example = "EXECUTED") AgreementStatus status,
                                          String title,
                                          LocalDate effectiveOn,
                                          LocalDate expiresOn,
                                          @Schema(description = "agreed in the terms, or moved by a periodic review")
                                          LocalDate reviewOn,
                                          Map<ResponsibilityArea, Responsibility> responsibilities,
                                          QualityTermsDto.AuditRightsDto auditRights,
                                          QualityTermsDto.NotificationTimelinesDto notificationTimelines,
                                          String amendmentReason,
                                          Instant createdAt,
                                          List<StatusChangeView> statusChanges) {

    static QualityAgreementVersionView of(QualityAgreement agreement, QualityAgreementVersion version,
                                          List<AgreementStatusChange> moves) {
        QualityTerms terms = version.terms();
        return new QualityAgreementVersionView(agreement.id(), agreement.partnerId(), version.number(),
                version.status(), terms.title(), terms.effectiveOn(), terms.expiresOn(), version.reviewOn(),
                terms.responsibilities().assignments(), QualityTermsDto.AuditRightsDto.of(terms.auditRights()),
                QualityTermsDto.NotificationTimelinesDto.of(terms.notificationTimelines()), version.amendmentReason(),
                version.createdAt(), moves.stream().map(m -> StatusChangeView.of(m,
                        to -> agreement.signedContent(version, to))).toList());
    }
}
