package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.AgreementReviewSource;
import com.partnershipgovernance.agreement.lifecycle.ReviewItem;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewFlag;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Quality agreements due for review, for {@code /agreements/reviews-overdue} and {@code /agreements/reviews-due-soon}. */
@ApplicationScoped
public class QualityAgreementReviewSource implements AgreementReviewSource {

    @Inject
    QualityAgreementRepository agreements;

    @Override
    public List<ReviewItem> overdue(LocalDate today, UUID partnerScope) {
        return agreements.inForceForReview(today, null, false, partnerScope).stream().map(QualityAgreementReviewSource::item).toList();
    }

    @Override
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope) {
        return agreements.inForceForReview(today, until, true, partnerScope).stream().map(QualityAgreementReviewSource::item).toList();
    }

    private static ReviewItem item(QualityAgreementVersion version) {
        QualityAgreement agreement = version.agreement();
        ReviewFlag flag = agreement.reviewFlag().orElse(null);
        return new ReviewItem(agreement.id(), AgreementKind.QUALITY_AGREEMENT, version.number(), agreement.partnerId(), version.title(),
                version.status(), version.reviewOn(), flag != null, flag == null ? null : flag.reason(),
                flag == null ? null : flag.flaggedAt());
    }
}
