package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.AgreementReviewSource;
import com.partnershipgovernance.agreement.lifecycle.ReviewItem;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewFlag;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** MSAs due for review, for {@code /agreements/reviews-overdue} and {@code /agreements/reviews-due-soon}. */
@ApplicationScoped
public class MsaReviewSource implements AgreementReviewSource {

    @Inject
    MsaRepository msas;

    @Override
    public List<ReviewItem> overdue(LocalDate today, UUID partnerScope) {
        return msas.inForceForReview(today, null, false, partnerScope).stream().map(MsaReviewSource::item).toList();
    }

    @Override
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope) {
        return msas.inForceForReview(today, until, true, partnerScope).stream().map(MsaReviewSource::item).toList();
    }

    private static ReviewItem item(MsaVersion version) {
        MasterServicesAgreement msa = version.msa();
        ReviewFlag flag = msa.reviewFlag().orElse(null);
        return new ReviewItem(msa.id(), AgreementKind.MSA, version.number(), msa.partnerId(), version.title(),
                version.status(), version.reviewOn(), flag != null, flag == null ? null : flag.reason(),
                flag == null ? null : flag.flaggedAt());
    }
}
