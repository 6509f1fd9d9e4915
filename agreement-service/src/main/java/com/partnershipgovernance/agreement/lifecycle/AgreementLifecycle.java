package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewOutcome;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.agreement.partner.domain.PartnerQualificationMoved;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lifecycle of one kind of agreement: moves its versions (checking the caller's precondition, the
 * partner gate and the dates, having approvals and executions signed by the kind's owners), keeps each move
 * and announces it with {@code agreement.status-changed}, all in one transaction; starts amendments, records
 * periodic reviews, clears review flags, expires versions past their end date, flags executed agreements of a
 * partner that lost its approval and lists the versions due for review. Each kind extends it with its
 * repository, its signers and its own execution gate.
 *
 * @param <A> the agreements of this kind
 * @param <V> their versions
 */
public abstract class AgreementLifecycle<A extends VersionedAgreement<V, ?>, V extends AgreementVersion<?>>
        implements AgreementExpiry, AgreementReviewSource {

    private static final Logger LOG = Logger.getLogger(AgreementLifecycle.class);

    /** Who moves agreements on the service's own account (the expiry job). */
    protected static final AgreementStatusChange.Actor SYSTEM =
            new AgreementStatusChange.Actor("system:agreement-service", "agreement-service");

    @Inject
    protected KnownPartnerRepository partners;

    @Inject
    protected AgreementStatusChangeRepository changes;

    @Inject
    protected AgreementReviewRepository reviews;

    @Inject
    protected EventOutbox outbox;

    @Inject
    protected ElectronicSignatures signatures;

    @Inject
    protected ChangeContext changeContext;

    @Inject
    protected Caller caller;

    @Inject
    protected Clock clock;

    /** The agreements of this kind. */
    protected abstract PanacheRepositoryBase<A, UUID> agreements();

    /** How problems name this kind: "MSA", "SOW", "Quality agreement". */
    protected abstract String label();

    /** The roles that move agreements of this kind and sign their approval and execution. */
    public abstract Set<String> owners();

    /** Moves a version with the rules of this kind; see {@link VersionedAgreement#move}. */
    protected abstract List<AgreementStatusChange> move(A agreement, Integer versionNumber, AgreementStatus to,
                                                        String reason, AgreementStatusChange.Actor actor,
                                                        String partnerQualification,
                                                        Function<V, ElectronicSignature> signer, LocalDate today);

    /** The in-force versions whose end date is before {@code today}. */
    protected abstract List<V> inForceEndedBefore(LocalDate today);

    /**
     * The in-force versions due for review: review date before {@code today} or the agreement flagged; or,
     * with {@code dueSoon}, review date from {@code today} to {@code until}.
     *
     * @param partnerScope only this partner's, or every partner's when null
     */
    protected abstract List<V> inForceForReview(LocalDate today, LocalDate until, boolean dueSoon,
                                                UUID partnerScope);

    /** The executed agreements of this kind with {@code partnerId}. */
    protected abstract List<A> executedWith(UUID partnerId);

    /** Why the expiry job expires {@code version}. */
    protected String expiryReason(V version) {
        return "Expiry date " + version.endsOn() + " passed";
    }

    /** The payload of {@code agreement.status-changed} for {@code move}. */
    protected AgreementStatusChanged statusChanged(A agreement, AgreementStatusChange move, V version) {
        return AgreementStatusChanged.of(move, agreement.partnerId(), version.startsOn(), version.endsOn());
    }

    /**
     * The agreement, to be changed under the caller's precondition.
     *
     * @throws RecordNotFoundException (404) when there is no such agreement
     */
    public A load(UUID id, String ifMatch) {
        A agreement = agreements().findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of(label(), id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        return agreement;
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) of agreement {@code id} to {@code to}.
     *
     * @param meaning the signature's meaning, required when {@code to} is APPROVED or EXECUTED
     */
    @Transactional
    public A change(UUID id, String ifMatch, Integer versionNumber, AgreementStatus to, String reason,
                    SignatureMeaning meaning) {
        A agreement = load(id, ifMatch);
        changeContext.because(reason);
        long signedVersion = agreement.version();
        String qualification = partners.findByIdOptional(agreement.partnerId())
                .map(KnownPartner::qualificationStatus).orElse(null);
        List<AgreementStatusChange> moves = move(agreement, versionNumber, to, reason,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()), qualification,
                version -> signatures.sign(agreement.signedContent(version, to), signedVersion,
                        requireMeaning(meaning, to), owners()),
                LocalDate.now(clock));
        record(agreement, moves);
        return agreement;
    }

    /** Starts an amendment of an EXECUTED agreement: a new DRAFT version with the terms in force. */
    @Transactional
    public V amend(UUID id, String ifMatch, String reason) {
        A agreement = load(id, ifMatch);
        changeContext.because(reason);
        V amendment = agreement.amend(reason, clock.instant());
        agreements().flush();
        return amendment;
    }

    /** Clears the review flag after the owners reviewed the agreement; the reason is required. */
    @Transactional
    public A clearReviewFlag(UUID id, String ifMatch) {
        A agreement = load(id, ifMatch);
        changeContext.requireReason();
        agreement.clearReviewFlag(clock.instant());
        agreements().flush();
        return agreement;
    }

    /**
     * Records a routine periodic review of the EXECUTED version of agreement {@code id} by the caller and
     * reschedules its next review; audited with the outcome as the reason.
     */
    @Transactional
    public AgreementReview recordReview(UUID id, String ifMatch, ReviewOutcome outcome, String comments,
                                        LocalDate nextReviewOn) {
        A agreement = load(id, ifMatch);
        String note = comments == null || comments.isBlank() ? null : comments.strip();
        changeContext.because("Periodic review: " + outcome + (note == null ? "" : ": " + note));
        AgreementReview review = agreement.recordReview(outcome, note, nextReviewOn,
                new AgreementStatusChange.Actor(caller.subject(), caller.name()), LocalDate.now(clock),
                clock.instant());
        reviews.persist(review);
        agreements().flush();
        return review;
    }

    /**
     * Expires every in-force version whose end date has passed; run by the expiry job.
     *
     * @return how many versions expired
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        List<V> due = inForceEndedBefore(today);
        if (due.isEmpty()) {
            return 0;
        }
        try {
            // one revision for the run: its reason says why; each move keeps its own reason
            ChangeContext.runAsSystem(new ChangeContext.Actor(SYSTEM.id(), SYSTEM.name()),
                    "Expiry job: " + label() + "s past their end date expired on " + today, () -> {
                        for (V version : due) {
                            A agreement = agreementOf(version);
                            record(agreement, move(agreement, version.number(), AgreementStatus.EXPIRED,
                                    expiryReason(version), SYSTEM, null, v -> null, today));
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

    @Override
    public List<ReviewItem> overdue(LocalDate today, UUID partnerScope) {
        return inForceForReview(today, null, false, partnerScope).stream().map(ReviewItem::of).toList();
    }

    @Override
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope) {
        return inForceForReview(today, until, true, partnerScope).stream().map(ReviewItem::of).toList();
    }

    /**
     * A partner suspended or disqualified calls its executed agreements of this kind into review, in the
     * consumer's transaction; each kind observes {@link PartnerQualificationMoved} and calls this.
     */
    protected void flagExecutedAgreements(PartnerQualificationMoved moved) {
        if (!PartnerEligibility.callsForReview(moved.to())) {
            return;
        }
        String reason = "Partner became " + moved.to() + (moved.reason() == null ? "" : ": " + moved.reason());
        for (A agreement : executedWith(moved.partnerId())) {
            if (agreement.flagForReview(reason, moved.at())) {
                LOG.infof("%s %s flagged for review: %s", label(), agreement.id(), reason);
            }
        }
    }

    private void record(A agreement, List<AgreementStatusChange> moves) {
        moves.forEach(changes::persist);
        agreements().flush();
        for (AgreementStatusChange move : moves) {
            // keyed by the agreement id: one agreement's moves stay in order
            outbox.publish(AgreementEvents.TOPIC, AgreementEvents.STATUS_CHANGED, AgreementEvents.AGGREGATE,
                    agreement.id(), statusChanged(agreement, move, agreement.version(move.versionNumber())));
        }
    }

    @SuppressWarnings("unchecked")
    private A agreementOf(V version) {
        // a version of this kind belongs to an agreement of this kind
        return (A) version.agreement();
    }

    private static SignatureMeaning requireMeaning(SignatureMeaning meaning, AgreementStatus to) {
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required to move an agreement to " + to);
        }
        return meaning;
    }
}
