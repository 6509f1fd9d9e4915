package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.AgreementExpiry;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.agreement.partner.domain.PartnerQualificationMoved;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
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
 * Moves SOW versions through the agreement lifecycle: checks the caller's precondition, the MSA and partner
 * gates and the dates, has approvals and executions signed by legal or finance (the owners of a SOW's
 * commercial terms), keeps each move and announces it with {@code agreement.status-changed}, all in one
 * transaction. A partner losing its approval flags its executed SOWs for review.
 */
@ApplicationScoped
public class SowLifecycle implements AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(SowLifecycle.class);

    private static final AgreementStatusChange.Actor SYSTEM =
            new AgreementStatusChange.Actor("system:agreement-service", "agreement-service");

    /** The roles that move SOWs and sign their approval and execution. */
    public static final Set<String> SIGNERS = Set.of(Roles.LEGAL, Roles.FINANCE);

    @Inject
    SowRepository sows;

    @Inject
    MsaGate msaGate;

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
     * Moves version {@code versionNumber} (the latest when null) of SOW {@code id} to {@code to}.
     *
     * @param meaning the signature's meaning, required when {@code to} is APPROVED or EXECUTED
     */
    @Transactional
    public StatementOfWork change(UUID id, String ifMatch, Integer versionNumber, AgreementStatus to, String reason,
                                  SignatureMeaning meaning) {
        StatementOfWork sow = sows.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("SOW", id));
        Preconditions.requireIfMatch(ifMatch, sow.version());
        changeContext.because(reason);
        long signedVersion = sow.version();
        List<AgreementStatusChange> moves = sow.changeStatus(versionNumber, to, reason,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()),
                partners.findByIdOptional(sow.partnerId()).map(KnownPartner::qualificationStatus).orElse(null),
                msaGate.isExecuted(sow.msaId()),
                version -> signatures.sign(SowSignedContent.of(sow, version, to), signedVersion,
                        requireMeaning(meaning, to), SIGNERS),
                LocalDate.now(clock), clock.instant());
        moves.forEach(changes::persist);
        sows.flush();
        announce(sow, moves);
        return sow;
    }

    /** In-force SOW versions whose timeline ended before today expire, by the expiry job (one replica). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        List<SowVersion> due = sows.inForceEndedBefore(today);
        if (due.isEmpty()) {
            return 0;
        }
        try {
            ChangeContext.runAsSystem(new ChangeContext.Actor(SYSTEM.id(), SYSTEM.name()),
                    "Expiry job: SOWs past the end of their timeline expired on " + today, () -> {
                        for (SowVersion version : due) {
                            StatementOfWork sow = version.sow();
                            List<AgreementStatusChange> moves = sow.changeStatus(version.number(),
                                    AgreementStatus.EXPIRED, "Timeline ended on " + version.endOn(), SYSTEM, null,
                                    msaGate.isExecuted(sow.msaId()), v -> null, today, clock.instant());
                            moves.forEach(changes::persist);
                            sows.flush();
                            announce(sow, moves);
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

    private void announce(StatementOfWork sow, List<AgreementStatusChange> moves) {
        for (AgreementStatusChange move : moves) {
            SowVersion version = sow.version(move.versionNumber());
            // keyed by the SOW id: one SOW's moves stay in order
            outbox.publish(AgreementEvents.TOPIC, AgreementEvents.STATUS_CHANGED, AgreementEvents.AGGREGATE,
                    sow.id(), AgreementStatusChanged.ofSow(move, sow.partnerId(), sow.msaId(), sow.kind().name(),
                            version.startOn(), version.endOn()));
        }
    }

    /** A partner suspended or disqualified calls its executed SOWs into review, in the consumer's transaction. */
    void onPartnerQualification(@Observes PartnerQualificationMoved moved) {
        if (!PartnerEligibility.callsForReview(moved.to())) {
            return;
        }
        String reason = "Partner became " + moved.to() + (moved.reason() == null ? "" : ": " + moved.reason());
        for (StatementOfWork sow : sows.executedWith(moved.partnerId())) {
            if (sow.flagForReview(reason, moved.at())) {
                LOG.infof("SOW %s flagged for review: %s", sow.id(), reason);
            }
        }
    }

    private static SignatureMeaning requireMeaning(SignatureMeaning meaning, AgreementStatus to) {
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required to move a SOW to " + to);
        }
        return meaning;
    }
}
