package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.AgreementReviewSource;
import com.partnershipgovernance.agreement.lifecycle.ReviewItem;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewFlag;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** SOWs due for review, for {@code /agreements/reviews-overdue} and {@code /agreements/reviews-due-soon}. */
@ApplicationScoped
public class SowReviewSource implements AgreementReviewSource {

    @Inject
    SowRepository sows;

    @Override
    public List<ReviewItem> overdue(LocalDate today, UUID partnerScope) {
        return sows.inForceForReview(today, null, false, partnerScope).stream().map(SowReviewSource::item).toList();
    }

    @Override
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope) {
        return sows.inForceForReview(today, until, true, partnerScope).stream().map(SowReviewSource::item).toList();
    }

    private static ReviewItem item(SowVersion version) {
        ReviewFlag flag = version.sow().reviewFlag().orElse(null);
        return new ReviewItem(version.sow().id(), AgreementKind.SOW, version.number(), version.sow().partnerId(),
                version.title(), version.status(), version.reviewOn(), flag != null,
                flag == null ? null : flag.reason(), flag == null ? null : flag.flaggedAt());
    }
}
