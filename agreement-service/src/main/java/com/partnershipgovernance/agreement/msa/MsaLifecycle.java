package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.AgreementLifecycle;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.DueReviews;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
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
 * The lifecycle of MSAs ({@link AgreementLifecycle}): moved, amended and signed by legal; executing needs an
 * approved partner.
 */
@ApplicationScoped
public class MsaLifecycle extends AgreementLifecycle<MasterServicesAgreement, MsaVersion> {

    @Inject
    MsaRepository msas;

    @Override
    protected MsaRepository agreements() {
        return msas;
    }

    @Override
    protected String label() {
        return "MSA";
    }

    @Override
    public Set<String> owners() {
        return Set.of(Roles.LEGAL);
    }

    @Override
    protected List<AgreementStatusChange> move(MasterServicesAgreement msa, Integer versionNumber,
                                               AgreementStatus to, String reason, AgreementStatusChange.Actor actor,
                                               String partnerQualification,
                                               Function<MsaVersion, ElectronicSignature> signer, LocalDate today) {
        return msa.changeStatus(versionNumber, to, reason, actor, partnerQualification, signer, today,
                clock.instant());
    }

    @Override
    protected List<MsaVersion> inForceEndedBefore(LocalDate today) {
        return msas.inForceExpiredBefore(today);
    }

    @Override
    protected List<MasterServicesAgreement> executedWith(UUID partnerId) {
        return msas.executedWith(partnerId);
    }

    @Override
    protected List<MsaVersion> inForceForReview(LocalDate today, LocalDate until, boolean dueSoon, UUID partnerScope) {
        return DueReviews.inForce(msas.getEntityManager(), MsaVersion.class, "msa", today, until, dueSoon,
                partnerScope);
    }

    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        flagExecutedAgreements(moved);
    }
}
