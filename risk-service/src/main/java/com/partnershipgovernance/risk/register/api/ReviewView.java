package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.ReviewDecision;
import com.partnershipgovernance.risk.register.domain.RiskReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review of a risk: who, when, the score then, the decision and the next review date it set. */
@Schema(name = "RiskReview")
public record ReviewView(UUID id, UUID riskId, LocalDate reviewedOn, String reviewedBy, String reviewedByName,
                         @Schema(example = "3") int likelihood, @Schema(example = "4") int impact,
                         @Schema(example = "12") int score, @Schema(example = "AMBER") Rag rag,
                         @Schema(example = "NO_CHANGE") ReviewDecision decision, String notes,
                         LocalDate nextReviewOn, Instant recordedAt) {

    static ReviewView of(RiskReview review) {
        return new ReviewView(review.id(), review.riskId(), review.reviewedOn(), review.reviewedBy(),
                review.reviewedByName(), review.scoreThen().likelihood(), review.scoreThen().impact(),
                review.scoreThen().value(), review.rag(), review.decision(), review.notes(), review.nextReviewOn(),
                review.recordedAt());
    }

    /** A risk's reviews, latest first. */
    @Schema(name = "RiskReviews")
    public record Reviews(List<ReviewView> items) {
    }
}
