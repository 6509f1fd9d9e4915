package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement version due for review, whatever its kind. */
public record ReviewItem(UUID agreementId, AgreementKind kind, int version, UUID partnerId, String title,
                         AgreementStatus status, LocalDate reviewOn, boolean flaggedForReview,
                         String reviewFlagReason, Instant reviewFlaggedAt) {
}
