package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.AgreementLifecycle;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.DueReviews;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.partner.domain.PartnerQualificationMoved;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
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
 * The lifecycle of SOWs ({@link AgreementLifecycle}): moved, amended and signed by legal or finance (the
 * owners of a SOW's commercial terms); executing needs the MSA executed and an approved partner; a SOW
 * expires after the end of its timeline.
 */
@ApplicationScoped
public class SowLifecycle extends AgreementLifecycle<StatementOfWork, SowVersion> {

    @Inject
    SowRepository sows;

    @Inject
    MsaGate msaGate;

    @Override
    protected SowRepository agreements() {
        return sows;
    }

    @Override
    protected String label() {
        return "SOW";
    }

    @Override
    public Set<String> owners() {
        return Set.of(Roles.LEGAL, Roles.FINANCE);
    }

    @Override
    protected List<AgreementStatusChange> move(StatementOfWork sow, Integer versionNumber, AgreementStatus to,
                                               String reason, AgreementStatusChange.Actor actor,
                                               String partnerQualification,
                                               Function<SowVersion, ElectronicSignature> signer, LocalDate today) {
        return sow.changeStatus(versionNumber, to, reason, actor, partnerQualification,
                msaGate.isExecuted(sow.msaId()), signer, today, clock.instant());
    }

    @Override
    protected List<SowVersion> inForceEndedBefore(LocalDate today) {
        return sows.inForceEndedBefore(today);
    }

    @Override
    protected List<StatementOfWork> executedWith(UUID partnerId) {
        return sows.executedWith(partnerId);
    }

    @Override
    protected String expiryReason(SowVersion version) {
        return "Timeline ended on " + version.endOn();
    }

    @Override
    protected AgreementStatusChanged statusChanged(StatementOfWork sow, AgreementStatusChange move,
                                                   SowVersion version) {
        return AgreementStatusChanged.ofSow(move, sow.partnerId(), sow.msaId(), sow.kind().name(),
                version.startOn(), version.endOn());
    }

    @Override
    protected List<SowVersion> inForceForReview(LocalDate today, LocalDate until, boolean dueSoon, UUID partnerScope) {
        return DueReviews.inForce(sows.getEntityManager(), SowVersion.class, "sow", today, until, dueSoon,
                partnerScope);
    }

    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        flagExecutedAgreements(moved);
    }
}
