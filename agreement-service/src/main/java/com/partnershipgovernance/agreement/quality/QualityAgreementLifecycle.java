package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.AgreementLifecycle;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.DueReviews;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.partner.domain.PartnerQualificationMoved;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lifecycle of quality agreements ({@link AgreementLifecycle}): moved, amended and signed by quality;
 * executing needs an approved partner.
 */
@ApplicationScoped
public class QualityAgreementLifecycle extends AgreementLifecycle<QualityAgreement, QualityAgreementVersion> {

    @Inject
    QualityAgreementRepository agreements;

    @Override
    protected QualityAgreementRepository agreements() {
        return agreements;
    }

    @Override
    protected String label() {
        return "Quality agreement";
    }

    @Override
    public Set<String> owners() {
        return Set.of(Roles.QUALITY);
    }

    @Override
    protected List<AgreementStatusChange> move(QualityAgreement agreement, Integer versionNumber,
                                               AgreementStatus to, String reason, AgreementStatusChange.Actor actor,
                                               String partnerQualification,
                                               Function<QualityAgreementVersion, ElectronicSignature> signer,
                                               LocalDate today) {
        return agreement.changeStatus(versionNumber, to, reason, actor, partnerQualification, signer, today,
                clock.instant());
    }

    @Override
    protected List<QualityAgreementVersion> inForceEndedBefore(LocalDate today) {
        return agreements.inForceExpiredBefore(today);
    }

    @Override
    protected List<QualityAgreement> executedWith(UUID partnerId) {
        return agreements.executedWith(partnerId);
    }

    @Override
    protected List<QualityAgreementVersion> inForceForReview(LocalDate today, LocalDate until, boolean dueSoon,
                                                             UUID partnerScope) {
        return DueReviews.inForce(agreements.getEntityManager(), QualityAgreementVersion.class, "agreement", today,
                until, dueSoon, partnerScope);
    }

    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        flagExecutedAgreements(moved);
    }
}
