package com.partnershipgovernance.agreement.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The agreements of one kind that are due for review. Each kind (its {@link AgreementLifecycle})
 * provides one as a CDI bean; {@link AgreementReviews} lists them together.
 */
public interface AgreementReviewSource {

    /**
     * In-force agreements whose review date is before {@code today}, or that are flagged for review.
     *
     * @param partnerScope only this partner's agreements, or all when null
     */
    List<ReviewItem> overdue(LocalDate today, UUID partnerScope);

    /** In-force agreements whose review date is from {@code today} to {@code until}, both included. */
    List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope);
}
