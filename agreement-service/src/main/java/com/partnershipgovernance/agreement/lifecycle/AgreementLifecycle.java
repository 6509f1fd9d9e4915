package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewOutcome;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lifecycle of agreements of every kind: moves their versions (checking the caller's precondition, the
 * partner gate, the dates and the kind's own execution rules, having approvals and executions signed by the
 * kind's owners), keeps each move and announces it with {@code agreement.status-changed}, all in one
 * transaction; starts amendments, records periodic reviews and clears review flags. Expiry, reviews due and
 * review flags run over every kind in {@link AgreementExpiryJob} and {@link AgreementReviews}.
 */
@ApplicationScoped
public class AgreementLifecycle {

    /** Who moves agreements on the service's own account (the expiry job). */
    static final AgreementStatusChange.Actor SYSTEM =
            new AgreementStatusChange.Actor("system:agreement-service", "agreement-service");

    @Inject
    Parties parties;

    @Inject
    AgreementStatusChangeRepository changes;

    @Inject
    AgreementReviewRepository reviews;

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
     * The agreement, to be changed under the caller's precondition.
     *
     * @throws RecordNotFoundException (404) when there is no such agreement
     */
    public <A extends VersionedAgreement<?, ?>> A load(KindOfAgreement<A, ?, ?, ?> kind, UUID id, String ifMatch) {
        A agreement = kind.agreements().findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of(kind.kind().label(), id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        return agreement;
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) of agreement {@code id} to {@code to}.
     *
     * @param meaning the signature's meaning, required when {@code to} is APPROVED or EXECUTED
     */
    @Transactional
    public <A extends VersionedAgreement<V, ?>, V extends AgreementVersion<?>> A change(
            KindOfAgreement<A, V, ?, ?> kind, UUID id, String ifMatch, Integer versionNumber, AgreementStatus to,
            String reason, SignatureMeaning meaning) {
        A agreement = load(kind, id, ifMatch);
        changeContext.because(reason);
        long signedVersion = agreement.version();
        Set<String> owners = Set.copyOf(kind.kind().owners());
        Function<V, ElectronicSignature> signer = version -> signatures.sign(agreement.signedContent(version, to),
                signedVersion, requireMeaning(meaning, to), owners);
        record(kind, agreement, agreement.move(versionNumber, to, reason,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()),
                parties.qualificationOf(agreement.partnerId()), () -> kind.requireExecutable(agreement), signer,
                LocalDate.now(clock), clock.instant()));
        return agreement;
    }

    /** Starts an amendment of an EXECUTED agreement: a new DRAFT version with the terms in force. */
    @Transactional
    public <A extends VersionedAgreement<?, ?>> A amend(KindOfAgreement<A, ?, ?, ?> kind, UUID id, String ifMatch,
                                                        String reason) {
        A agreement = load(kind, id, ifMatch);
        changeContext.because(reason);
        agreement.amend(reason, clock.instant());
        kind.agreements().flush();
        return agreement;
    }

    /** Clears the review flag after the owners reviewed the agreement; the reason is required. */
    @Transactional
    public <A extends VersionedAgreement<?, ?>> A clearReviewFlag(KindOfAgreement<A, ?, ?, ?> kind, UUID id,
                                                                  String ifMatch) {
        A agreement = load(kind, id, ifMatch);
        changeContext.requireReason();
        agreement.clearReviewFlag(clock.instant());
        kind.agreements().flush();
        return agreement;
    }

    /**
     * Records a routine periodic review of the EXECUTED version of agreement {@code id} by the caller and
     * reschedules its next review; audited with the outcome as the reason.
     */
    @Transactional
    public AgreementReview recordReview(KindOfAgreement<?, ?, ?, ?> kind, UUID id, String ifMatch,
                                        ReviewOutcome outcome, String comments, LocalDate nextReviewOn) {
        VersionedAgreement<?, ?> agreement = load(kind, id, ifMatch);
        String note = comments == null || comments.isBlank() ? null : comments.strip();
        changeContext.because("Periodic review: " + outcome + (note == null ? "" : ": " + note));
        AgreementReview review = agreement.recordReview(outcome, note, nextReviewOn,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()), LocalDate.now(clock),
                clock.instant());
        reviews.persist(review);
        kind.agreements().flush();
        return review;
    }

    /** Expires {@code version}, in force past its end date, on the service's own account (the expiry job). */
    <A extends VersionedAgreement<V, ?>, V extends AgreementVersion<?>> void expire(KindOfAgreement<A, V, ?, ?> kind,
                                                                                  V version, LocalDate today) {
        @SuppressWarnings("unchecked") // a version of this kind belongs to an agreement of this kind
        A agreement = (A) version.agreement();
        record(kind, agreement, agreement.move(version.number(), AgreementStatus.EXPIRED, kind.expiryReason(version),
                SYSTEM, null, () -> { }, v -> null, today, clock.instant()));
    }

    private <A extends VersionedAgreement<V, ?>, V extends AgreementVersion<?>> void record(
            KindOfAgreement<A, V, ?, ?> kind, A agreement, List<AgreementStatusChange> moves) {
        moves.forEach(changes::persist);
        kind.agreements().flush();
        for (AgreementStatusChange move : moves) {
            // keyed by the agreement id: one agreement's moves stay in order
            outbox.publish(AgreementEvents.TOPIC, AgreementEvents.STATUS_CHANGED, AgreementEvents.AGGREGATE,
                    agreement.id(), kind.statusChanged(agreement, move, agreement.version(move.versionNumber())));
        }
    }

    private static SignatureMeaning requireMeaning(SignatureMeaning meaning, AgreementStatus to) {
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required to move an agreement to " + to);
        }
        return meaning;
    }
}
