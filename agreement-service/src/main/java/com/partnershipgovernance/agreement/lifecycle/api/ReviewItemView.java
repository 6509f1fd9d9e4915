package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.ReviewItem;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An agreement due for review: which one, when its review was due, and whether it was flagged. */
@Schema(name = "AgreementReview")
public record ReviewItemView(UUID agreementId,
                             @Schema(example = "MSA") AgreementKind kind,
                             @Schema(example = "2") int version,
                             UUID partnerId,
                             @Schema(example = "Master services agreement for biologics manufacturing") String title,
                             @Schema(example = "EXECUTED") AgreementStatus status,
                             LocalDate reviewOn,
                             @Schema(description = "days since the review date; negative while it is ahead",
                                     example = "12") Long daysOverdue,
                             boolean flaggedForReview,
                             @Schema(example = "Partner became SUSPENDED: critical audit findings")
                             String reviewFlagReason,
                             Instant reviewFlaggedAt) {

    static ReviewItemView of(ReviewItem item, LocalDate today) {
        return new ReviewItemView(item.agreementId(), item.kind(), item.version(), item.partnerId(), item.title(),
                item.status(), item.reviewOn(),
                item.reviewOn() == null ? null : ChronoUnit.DAYS.between(item.reviewOn(), today),
                item.flaggedForReview(), item.reviewFlagReason(), item.reviewFlaggedAt());
    }
}
