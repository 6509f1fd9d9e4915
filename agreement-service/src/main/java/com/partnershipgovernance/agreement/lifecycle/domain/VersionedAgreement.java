package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange.Actor;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An agreement with a partner of any kind (MSA, SOW, quality agreement): one id for its whole life, its
 * content in numbered {@link AgreementVersion}s (the original, then one per amendment), each with the
 * lifecycle of {@link AgreementStatus}. The agreement's {@code @Version} is the ETag of every change to any of
 * its versions, so that one If-Match guards the whole agreement. Each kind maps its versions and adds what is
 * its own.
 *
 * @param <V> the versions of this kind
 * @param <T> their terms
 */
@MappedSuperclass
@Filter(name = PartnerScope.FILTER)
@Audited
public abstract class VersionedAgreement<V extends AgreementVersion<T>, T extends AgreementTerms> {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    // not private: Hibernate's bytecode enhancer reaches an embedded field of a mapped superclass from the entity
    @Embedded
    protected ReviewFlag reviewFlag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // touched by every change, so that the ETag moves even when only a version row changed
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // the latest version's status, kept here to filter lists; the version row is the record
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_status", nullable = false)
    private AgreementStatus latestStatus;

    @Version
    private long version;

    protected VersionedAgreement() {
    }

    protected VersionedAgreement(UUID partnerId, Instant now) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.createdAt = now;
        this.latestVersion = 1;
    }

    /** The kind of agreement, as events and status changes name it. */
    public abstract AgreementKind agreementKind();

    /** How messages name this kind: "MSA", "SOW", "quality agreement". */
    protected String label() {
        return agreementKind().inText();
    }

    /** The mapped, mutable list of versions. */
    protected abstract List<V> versionList();

    /** A new DRAFT version of this agreement. */
    protected abstract V newVersion(int number, T terms, String amendmentReason, Instant now);

    /** Adds version 1; called once by the constructor of each kind. */
    protected final void start(T terms, Instant now) {
        versionList().add(newVersion(1, terms, null, now));
        touch(now);
    }

    /**
     * Replaces the terms of the latest version, which must be a DRAFT.
     *
     * @throws ConflictException (409) when the latest version is not a draft
     */
    public V revise(T terms, Instant now) {
        V draft = latest();
        if (!draft.status().isEditable()) {
            throw new ConflictException("Version " + draft.number() + " is " + draft.status()
                    + ": only a DRAFT is edited (return it to DRAFT from review, or amend an executed " + label()
                    + ")");
        }
        draft.replaceTerms(terms);
        touch(now);
        return draft;
    }

    /**
     * Starts an amendment: a new DRAFT version with the terms of the executed one, to be edited, reviewed,
     * approved and executed like the original. One amendment at a time.
     *
     * @throws ConflictException (409) unless the latest version is EXECUTED
     */
    public V amend(String reason, Instant now) {
        V current = latest();
        if (current.status() != AgreementStatus.EXECUTED) {
            throw new ConflictException("Version " + current.number() + " is " + current.status()
                    + ": only an EXECUTED " + label() + " is amended, one amendment at a time");
        }
        V amendment = newVersion(current.number() + 1, current.terms(), reason, now);
        versionList().add(amendment);
        latestVersion = amendment.number();
        touch(now);
        return amendment;
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) to {@code to}, following
     * {@link AgreementStatus}. Executing needs an approved partner, a version not past its end and whatever
     * {@code executionGate} checks for this kind (e.g. a SOW's MSA executed); executing an amendment supersedes the version it replaces.
     *
     * @param partnerQualification the partner's qualification status as known here (null if unknown)
     * @param executionGate        the rules of this kind for executing, checked after the move is known legal
     * @param signer               signs the move when {@code to} needs a signature; asked only once every
     *                             rule passed
     * @return the moves made, in order (a superseded version first), to be kept and announced
     * @throws IllegalTransitionException (409) when the lifecycle does not allow the move
     * @throws BusinessRuleException      (422) when the partner, the gate or the dates do not allow it
     */
    public List<AgreementStatusChange> move(Integer versionNumber, AgreementStatus to, String reason, Actor actor,
                                               String partnerQualification, Runnable executionGate,
                                               Function<V, ElectronicSignature> signer, LocalDate today,
                                               Instant now) {
        if (versionNumber != null && versionList().stream().noneMatch(v -> v.number() == versionNumber)) {
            throw BusinessRuleException.onField("version", "is " + versionNumber + ": the " + label()
                    + " has versions 1 to " + latestVersion);
        }
        V target = versionNumber == null ? latest() : version(versionNumber);
        AgreementStatus from = target.status();
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException("Version " + target.number() + " of the " + label() + " is "
                    + from + " and cannot become " + to + "; allowed: " + from.next());
        }
        V replaced = to == AgreementStatus.EXECUTED ? requireExecutable(target, partnerQualification, executionGate,
                today) : null;
        if (to == AgreementStatus.EXPIRED && (target.endsOn() == null || !today.isAfter(target.endsOn()))) {
            throw BusinessRuleException.onField(target.endField(), "is " + (target.endsOn() == null ? "not set"
                    : target.endsOn()) + ": the " + label() + " expires only after its end date");
        }
        ElectronicSignature signature = to.needsSignature() ? signer.apply(target) : null;
        if (to.needsSignature() && signature == null) {
            throw new IllegalStateException("Moving the " + label() + " to " + to + " needs an electronic signature");
        }
        List<AgreementStatusChange> changes = new ArrayList<>();
        if (replaced != null) {
            changes.add(AgreementStatusChange.of(id, agreementKind(), replaced.number(), replaced.status(),
                    AgreementStatus.SUPERSEDED, "Superseded by version " + target.number() + ": " + reason, actor,
                    now, null));
            replaced.moveTo(AgreementStatus.SUPERSEDED);
        }
        changes.add(AgreementStatusChange.of(id, agreementKind(), target.number(), from, to, reason, actor, now,
                signature));
        target.moveTo(to);
        touch(now);
        return changes;
    }

    /** Checks that {@code target} may be executed; returns the version it supersedes, if it is an amendment. */
    private V requireExecutable(V target, String partnerQualification, Runnable executionGate, LocalDate today) {
        executionGate.run();
        PartnerEligibility.requireMayExecute(partnerQualification);
        if (target.endsOn() != null && target.endsOn().isBefore(today)) {
            throw BusinessRuleException.onField(target.endField(), "is " + target.endsOn() + ": the " + label()
                    + " past its end date cannot be executed");
        }
        if (target.status() != AgreementStatus.APPROVED || target.number() == 1) {
            return null;
        }
        V replaced = version(target.number() - 1);
        if (replaced.status() != AgreementStatus.EXECUTED) {
            throw BusinessRuleException.onField("version", "amends version " + replaced.number() + ", which is "
                    + replaced.status() + ": only an amendment of an EXECUTED version is executed");
        }
        return replaced;
    }

    /**
     * Calls the agreement into review (its partner was suspended or disqualified) if a version is EXECUTED.
     *
     * @return whether the agreement was flagged
     */
    public boolean flagForReview(String reason, Instant now) {
        if (inForce().filter(v -> v.status() == AgreementStatus.EXECUTED).isEmpty()) {
            return false;
        }
        reviewFlag = new ReviewFlag(reason, now);
        touch(now);
        return true;
    }

    /**
     * Clears the review flag once its owners reviewed the agreement.
     *
     * @throws ConflictException (409) when the agreement is not flagged
     */
    public void clearReviewFlag(Instant now) {
        if (!isFlaggedForReview()) {
            throw new ConflictException("The " + label() + " is not flagged for review");
        }
        reviewFlag = null;
        touch(now);
    }

    /**
     * Records a routine periodic review of the EXECUTED version: reschedules its next review to
     * {@code nextReviewOn}, which takes it off the reviews overdue. A review flag (a partner suspended) stays
     * until it is cleared on its own.
     *
     * @throws ConflictException     (409) when no version is EXECUTED
     * @throws BusinessRuleException (422) naming {@code nextReviewOn} unless it is after {@code today}
     */
    public AgreementReview recordReview(ReviewOutcome outcome, String comments, LocalDate nextReviewOn,
                                        Actor reviewer, LocalDate today, Instant now) {
        V executed = inForce().filter(v -> v.status() == AgreementStatus.EXECUTED)
                .orElseThrow(() -> new ConflictException("The " + label() + " has no EXECUTED version: only an "
                        + "agreement in force, not suspended, is reviewed (its latest version is "
                        + latest().status() + ")"));
        if (!nextReviewOn.isAfter(today)) {
            throw BusinessRuleException.onField("nextReviewOn", "is " + nextReviewOn + ": the next review is "
                    + "after today (" + today + ")");
        }
        AgreementReview review = new AgreementReview(id, agreementKind(), executed.number(), outcome, comments,
                executed.reviewOn(), nextReviewOn, reviewer, now);
        executed.rescheduleReview(nextReviewOn);
        touch(now);
        return review;
    }

    /** What a signer signs when approving or executing {@code version}: the agreement and the version's terms. */
    public Map<String, Object> signedContent(V version, AgreementStatus signedAs) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementId", id);
        content.put("kind", agreementKind());
        identify(content);
        content.put("version", version.number());
        content.put("status", signedAs);
        content.put("terms", version.terms().fields());
        return content;
    }

    /** Adds to signed content what identifies the agreement with its parties (the partner, for most kinds). */
    protected void identify(Map<String, Object> content) {
        content.put("partnerId", partnerId);
    }

    protected void touch(Instant now) {
        updatedAt = now;
        latestStatus = latest().status();
    }

    /** The latest version: the original, or the newest amendment. */
    public V latest() {
        return version(latestVersion);
    }

    /** The version binding the parties now (EXECUTED or SUSPENDED), if any. */
    public Optional<V> inForce() {
        return versionList().stream().filter(v -> v.status().isInForce()).reduce((a, b) -> b);
    }

    /**
     * @throws RecordNotFoundException (404) when the agreement has no such version
     */
    public V version(int number) {
        return versionList().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(capitalized(label()) + " " + id + " has no version "
                        + number));
    }

    public List<V> versions() {
        return List.copyOf(versionList());
    }

    public boolean isFlaggedForReview() {
        return reviewFlag != null && reviewFlag.isRaised();
    }

    public Optional<ReviewFlag> reviewFlag() {
        return isFlaggedForReview() ? Optional.of(reviewFlag) : Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
