package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange.Actor;
import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.domain.ReviewFlag;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A statement of work placed with a partner under an executed master services agreement: one kind of work
 * with its activities, deliverables, timeline, budget and escalation path. Like an MSA it keeps one id for
 * its whole life and its content in numbered {@link SowVersion}s, each with the agreement lifecycle; the
 * SOW's {@code @Version} is the ETag of every change to any of its versions.
 */
@Entity
@Table(name = "sow")
@Audited
public class StatementOfWork {

    @Id
    private UUID id;

    @Column(name = "msa_id", nullable = false, updatable = false)
    private UUID msaId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SowKind kind;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Embedded
    private ReviewFlag reviewFlag;

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

    @NotAudited
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "sow", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<SowVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected StatementOfWork() {
    }

    private StatementOfWork(UUID msaId, UUID partnerId, SowKind kind, SowTerms terms, Instant now) {
        this.id = UUID.randomUUID();
        this.msaId = msaId;
        this.partnerId = partnerId;
        this.kind = kind;
        this.createdAt = now;
        this.latestVersion = 1;
        versions.add(new SowVersion(this, 1, terms, null, now));
        touch(now);
    }

    /**
     * Drafts a new SOW under an MSA: version 1, DRAFT, with the MSA's partner.
     *
     * @param msaExecuted whether the MSA has an EXECUTED version now
     * @throws BusinessRuleException (422) naming {@code msaId} when the MSA is not executed
     */
    public static StatementOfWork draft(UUID msaId, boolean msaExecuted, UUID partnerId, SowKind kind,
                                        SowTerms terms, Instant now) {
        requireMsaExecuted(msaExecuted);
        return new StatementOfWork(msaId, partnerId, kind, terms, now);
    }

    /**
     * Replaces the terms of the latest version, which must be a DRAFT.
     *
     * @throws ConflictException (409) when the latest version is not a draft
     */
    public SowVersion revise(SowTerms terms, Instant now) {
        SowVersion draft = latest();
        if (!draft.status().isEditable()) {
            throw new ConflictException("Version " + draft.number() + " is " + draft.status()
                    + ": only a DRAFT is edited (return it to DRAFT from review, or amend an executed SOW)");
        }
        draft.replaceTerms(terms);
        touch(now);
        return draft;
    }

    /**
     * Starts an amendment: a new DRAFT version with the terms of the executed one. One at a time.
     *
     * @throws ConflictException (409) unless the latest version is EXECUTED
     */
    public SowVersion amend(String reason, Instant now) {
        SowVersion current = latest();
        if (current.status() != AgreementStatus.EXECUTED) {
            throw new ConflictException("Version " + current.number() + " is " + current.status()
                    + ": only an EXECUTED SOW is amended, one amendment at a time");
        }
        SowVersion amendment = new SowVersion(this, current.number() + 1, current.terms(), reason, now);
        versions.add(amendment);
        latestVersion = amendment.number();
        touch(now);
        return amendment;
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) to {@code to}, following
     * {@link AgreementStatus}. Executing needs an executed MSA and an approved partner, and supersedes the
     * version an amendment replaces.
     *
     * @param msaExecuted whether the MSA has an EXECUTED version now
     * @param signer      signs the move when {@code to} needs a signature; asked only once every rule passed
     * @return the moves made, in order (a superseded version first)
     * @throws IllegalTransitionException (409) when the lifecycle does not allow the move
     * @throws BusinessRuleException      (422) when the MSA, the partner or the dates do not allow it
     */
    public List<AgreementStatusChange> changeStatus(Integer versionNumber, AgreementStatus to, String reason,
                                                    Actor actor, String partnerQualification, boolean msaExecuted,
                                                    Function<SowVersion, ElectronicSignature> signer,
                                                    LocalDate today, Instant now) {
        if (versionNumber != null && versions.stream().noneMatch(v -> v.number() == versionNumber)) {
            throw BusinessRuleException.onField("version", "is " + versionNumber + ": the SOW has versions 1 to "
                    + latestVersion);
        }
        SowVersion target = versionNumber == null ? latest() : version(versionNumber);
        AgreementStatus from = target.status();
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException("Version " + target.number() + " of the SOW is " + from
                    + " and cannot become " + to + "; allowed: " + from.next());
        }
        SowVersion replaced = null;
        if (to == AgreementStatus.EXECUTED) {
            requireMsaExecuted(msaExecuted);
            PartnerEligibility.requireMayExecute(partnerQualification);
            if (target.endOn().isBefore(today)) {
                throw BusinessRuleException.onField("timeline.endOn", "is " + target.endOn()
                        + ": a SOW past its end date cannot be executed");
            }
            if (from == AgreementStatus.APPROVED && target.number() > 1) {
                replaced = version(target.number() - 1);
                if (replaced.status() != AgreementStatus.EXECUTED) {
                    throw BusinessRuleException.onField("version", "amends version " + replaced.number()
                            + ", which is " + replaced.status() + ": only an amendment of an EXECUTED version "
                            + "is executed");
                }
            }
        }
        if (to == AgreementStatus.EXPIRED && !today.isAfter(target.endOn())) {
            throw BusinessRuleException.onField("timeline.endOn", "is " + target.endOn()
                    + ": a SOW expires only after its end date");
        }
        ElectronicSignature signature = to.needsSignature() ? signer.apply(target) : null;
        if (to.needsSignature() && signature == null) {
            throw new IllegalStateException("Moving a SOW to " + to + " needs an electronic signature");
        }
        List<AgreementStatusChange> changes = new ArrayList<>();
        if (replaced != null) {
            changes.add(AgreementStatusChange.of(id, AgreementKind.SOW, replaced.number(), replaced.status(),
                    AgreementStatus.SUPERSEDED, "Superseded by version " + target.number() + ": " + reason, actor,
                    now, null));
            replaced.moveTo(AgreementStatus.SUPERSEDED);
        }
        changes.add(AgreementStatusChange.of(id, AgreementKind.SOW, target.number(), from, to, reason, actor, now,
                signature));
        target.moveTo(to);
        touch(now);
        return changes;
    }

    /**
     * Calls the SOW into review (its partner was suspended or disqualified) if a version is EXECUTED.
     *
     * @return whether the SOW was flagged
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
     * Clears the review flag once legal or finance reviewed the SOW.
     *
     * @throws ConflictException (409) when the SOW is not flagged
     */
    public void clearReviewFlag(Instant now) {
        if (!isFlaggedForReview()) {
            throw new ConflictException("The SOW is not flagged for review");
        }
        reviewFlag = null;
        touch(now);
    }

    public boolean isFlaggedForReview() {
        return reviewFlag != null && reviewFlag.isRaised();
    }

    public Optional<ReviewFlag> reviewFlag() {
        return isFlaggedForReview() ? Optional.of(reviewFlag) : Optional.empty();
    }

    private static void requireMsaExecuted(boolean msaExecuted) {
        if (!msaExecuted) {
            throw BusinessRuleException.onField("msaId", "is not an EXECUTED master services agreement: a SOW is "
                    + "placed and executed only under an executed MSA");
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
        latestStatus = latest().status();
    }

    /** The latest version: the original, or the newest amendment. */
    public SowVersion latest() {
        return version(latestVersion);
    }

    /** The version binding the parties now (EXECUTED or SUSPENDED), if any. */
    public Optional<SowVersion> inForce() {
        return versions.stream().filter(v -> v.status().isInForce()).reduce((a, b) -> b);
    }

    /** Whether a version was ever executed (it is in force, or was until it ended or was superseded). */
    public boolean wasExecuted() {
        return versions.stream().anyMatch(v -> v.status() != AgreementStatus.DRAFT
                && v.status() != AgreementStatus.IN_REVIEW && v.status() != AgreementStatus.APPROVED);
    }

    /** The terms that apply now: those in force, else the latest version's. */
    public SowTerms currentTerms() {
        return inForce().orElse(latest()).terms();
    }

    /**
     * @throws RecordNotFoundException (404) when the SOW has no such version
     */
    public SowVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("SOW " + id + " has no version " + number));
    }

    public List<SowVersion> versions() {
        return List.copyOf(versions);
    }

    public UUID id() {
        return id;
    }

    public UUID msaId() {
        return msaId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public SowKind kind() {
        return kind;
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
}
