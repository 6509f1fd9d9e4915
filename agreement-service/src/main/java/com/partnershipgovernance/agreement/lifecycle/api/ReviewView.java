package com.partnershipgovernance.agreement.lifecycle.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A routine periodic review of an agreement as recorded; its ETag is the agreement's. */
@Schema(name = "AgreementReview")
public record ReviewView(UUID id,
                         UUID agreementId,
                         @Schema(example = "MSA") AgreementKind kind,
                         @JsonProperty("version")
                         @Schema(description = "the version in force that was reviewed", example = "1")
                         int reviewedVersion,
                         @Schema(example = "CONTINUE_AS_IS") ReviewOutcome outcome,
                         String comments,
                         @Schema(description = "the review date the review met") LocalDate previousReviewOn,
                         @Schema(description = "when the agreement is next due for review") LocalDate nextReviewOn,
                         @Schema(example = "u-legal") String reviewedBy,
                         @Schema(example = "Lee Legal") String reviewedByName,
                         Instant reviewedAt,
                         @JsonIgnore long recordVersion) implements AgreementAnswer {

    /** {@code review} of the agreement whose record now has {@code agreementVersion}. */
    public static ReviewView of(AgreementReview review, long agreementVersion) {
        return new ReviewView(review.id(), review.agreementId(), review.kind(), review.versionNumber(),
                review.outcome(), review.comments(), review.previousReviewOn(), review.nextReviewOn(),
                review.reviewedBy(), review.reviewedByName(), review.reviewedAt(), agreementVersion);
    }

    /** The reviews of one agreement, oldest first. */
    @Schema(name = "AgreementReviews")
    public record Reviews(UUID agreementId, List<ReviewView> items) {
    }
}
