package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.AgreementExpiry;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.agreement.partner.domain.PartnerQualificationMoved;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves quality agreement versions through their lifecycle: checks the caller's precondition, the partner gate and the
 * dates, has approvals and executions signed by quality, keeps each move and announces it with
 * {@code agreement.status-changed}, all in one transaction. Also expires agreements past their expiry date
 * and flags active agreements of a partner that lost its approval.
 */
@ApplicationScoped
public class QualityAgreementLifecycle implements AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(QualityAgreementLifecycle.class);
    private static final AgreementStatusChange.Actor SYSTEM =
            new AgreementStatusChange.Actor("system:agreement-service", "agreement-service");

    @Inject
    QualityAgreementRepository agreements;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    AgreementStatusChangeRepository changes;

    @Inject
    EventOutbox outbox;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Moves version {@code versionNumber} (the latest when null) of quality agreement {@code id} to {@code to}.
     *
     * @param meaning the signature's meaning, required when {@code to} is APPROVED or EXECUTED
     */
    @Transactional
    public QualityAgreement change(UUID id, String ifMatch, Integer versionNumber, AgreementStatus to,
                                          String reason, SignatureMeaning meaning) {
        QualityAgreement agreement = agreements.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Quality agreement", id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        changeContext.because(reason);
        long signedVersion = agreement.version();
        List<AgreementStatusChange> moves = agreement.changeStatus(versionNumber, to, reason,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()), qualificationOf(agreement.partnerId()),
                version -> signatures.sign(QualityAgreementSignedContent.of(agreement, version, to), signedVersion,
                        requireMeaning(meaning, to), Set.of(Roles.QUALITY)),
                LocalDate.now(clock), clock.instant());
        record(agreement, moves);
        return agreement;
    }

    /**
     * Expires every in-force quality agreement version whose expiry date has passed; run by the expiry job.
     *
     * @return how many versions expired
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        List<QualityAgreementVersion> due = agreements.inForceExpiredBefore(today);
        if (due.isEmpty()) {
            return 0;
        }
        ChangeContext.Actor actor = new ChangeContext.Actor(SYSTEM.id(), SYSTEM.name());
        try {
            // one revision for the run: its reason says why; each move keeps its own reason
            ChangeContext.runAsSystem(actor, "Expiry job: agreements past their expiry date expired on " + today, () -> {
                for (QualityAgreementVersion version : due) {
                    QualityAgreement agreement = version.agreement();
                    record(agreement, agreement.changeStatus(version.number(), AgreementStatus.EXPIRED,
                            "Expiry date " + version.expiresOn() + " passed", SYSTEM, null, v -> null, today,
                            clock.instant()));
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return due.size();
    }

    /** A partner suspended or disqualified calls its executed quality agreements into review, in the consumer's transaction. */
    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        if (!PartnerEligibility.callsForReview(moved.to())) {
            return;
        }
        String reason = "Partner became " + moved.to() + (moved.reason() == null ? "" : ": " + moved.reason());
        List<QualityAgreement> active = agreements.executedWith(moved.partnerId());
        if (active.isEmpty()) {
            return;
        }
        for (QualityAgreement agreement : active) {
            if (agreement.flagForReview(reason, moved.at())) {
                LOG.infof("Quality agreement %s flagged for review: %s", agreement.id(), reason);
            }
        }
    }

    private void record(QualityAgreement agreement, List<AgreementStatusChange> moves) {
        moves.forEach(changes::persist);
        agreements.flush();
        for (AgreementStatusChange move : moves) {
            QualityAgreementVersion version = agreement.version(move.versionNumber());
            outbox.publish(AgreementEvents.TOPIC, AgreementEvents.STATUS_CHANGED, AgreementEvents.AGGREGATE,
                    agreement.id(), AgreementStatusChanged.of(move, agreement.partnerId(), version.effectiveOn(),
                            version.expiresOn()));
        }
    }

    private String qualificationOf(UUID partnerId) {
        return partners.findByIdOptional(partnerId).map(KnownPartner::qualificationStatus).orElse(null);
    }

    private static SignatureMeaning requireMeaning(SignatureMeaning meaning, AgreementStatus to) {
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required to move an agreement to " + to);
        }
        return meaning;
    }
}
