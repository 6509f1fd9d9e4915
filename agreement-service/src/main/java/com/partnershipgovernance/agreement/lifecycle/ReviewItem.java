package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewFlag;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement version due for review, whatever its kind. */
public record ReviewItem(UUID agreementId, AgreementKind kind, int version, UUID partnerId, String title,
                         AgreementStatus status, LocalDate reviewOn, boolean flaggedForReview,
                         String reviewFlagReason, Instant reviewFlaggedAt) {

    /** The item of an in-force {@code version}, with its agreement's review flag. */
    public static ReviewItem of(AgreementVersion<?> version) {
        VersionedAgreement<?, ?> agreement = version.agreement();
        ReviewFlag flag = agreement.reviewFlag().orElse(null);
        return new ReviewItem(agreement.id(), agreement.agreementKind(), version.number(), agreement.partnerId(),
                version.title(), version.status(), version.reviewOn(), flag != null,
                flag == null ? null : flag.reason(), flag == null ? null : flag.flaggedAt());
    }
}
