package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.AgreementExpiry;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
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
 * Moves MSA versions through their lifecycle: checks the caller's precondition, the partner gate and the
 * dates, has approvals and executions signed by legal, keeps each move and announces it with
 * {@code agreement.status-changed}, all in one transaction. Also expires agreements past their expiry date
 * and flags active agreements of a partner that lost its approval.
 */
@ApplicationScoped
public class MsaLifecycle implements AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(MsaLifecycle.class);
    private static final AgreementStatusChange.Actor SYSTEM =
            new AgreementStatusChange.Actor("system:agreement-service", "agreement-service");

    @Inject
    MsaRepository msas;

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
     * Moves version {@code versionNumber} (the latest when null) of MSA {@code id} to {@code to}.
     *
     * @param meaning the signature's meaning, required when {@code to} is APPROVED or EXECUTED
     */
    @Transactional
    public MasterServicesAgreement change(UUID id, String ifMatch, Integer versionNumber, AgreementStatus to,
                                          String reason, SignatureMeaning meaning) {
        MasterServicesAgreement msa = msas.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("MSA", id));
        Preconditions.requireIfMatch(ifMatch, msa.version());
        changeContext.because(reason);
        long signedVersion = msa.version();
        List<AgreementStatusChange> moves = msa.changeStatus(versionNumber, to, reason,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()), qualificationOf(msa.partnerId()),
                version -> signatures.sign(MsaSignedContent.of(msa, version, to), signedVersion,
                        requireMeaning(meaning, to), Set.of(Roles.LEGAL)),
                LocalDate.now(clock), clock.instant());
        record(msa, moves);
        return msa;
    }

    /**
     * Expires every in-force MSA version whose expiry date has passed; run by the expiry job.
     *
     * @return how many versions expired
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        List<MsaVersion> due = msas.inForceExpiredBefore(today);
        if (due.isEmpty()) {
            return 0;
        }
        ChangeContext.Actor actor = new ChangeContext.Actor(SYSTEM.id(), SYSTEM.name());
        try {
            // one revision for the run: its reason says why; each move keeps its own reason
            ChangeContext.runAsSystem(actor, "Expiry job: agreements past their expiry date expired on " + today, () -> {
                for (MsaVersion version : due) {
                    MasterServicesAgreement msa = version.msa();
                    record(msa, msa.changeStatus(version.number(), AgreementStatus.EXPIRED,
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

    /** A partner suspended or disqualified calls its executed MSAs into review, in the consumer's transaction. */
    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        if (!PartnerEligibility.callsForReview(moved.to())) {
            return;
        }
        String reason = "Partner became " + moved.to() + (moved.reason() == null ? "" : ": " + moved.reason());
        List<MasterServicesAgreement> active = msas.executedWith(moved.partnerId());
        if (active.isEmpty()) {
            return;
        }
        for (MasterServicesAgreement msa : active) {
            if (msa.flagForReview(reason, moved.at())) {
                LOG.infof("MSA %s flagged for review: %s", msa.id(), reason);
            }
        }
    }

    private void record(MasterServicesAgreement msa, List<AgreementStatusChange> moves) {
        moves.forEach(changes::persist);
        msas.flush();
        for (AgreementStatusChange move : moves) {
            MsaVersion version = msa.version(move.versionNumber());
            outbox.publish(AgreementEvents.TOPIC, AgreementEvents.STATUS_CHANGED, AgreementEvents.AGGREGATE,
                    msa.id(), AgreementStatusChanged.of(move, msa.partnerId(), version.effectiveOn(),
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
