package com.partnershipgovernance.agreement.quality.domain;

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
 * A quality agreement with a partner: who is responsible for which GMP area, the sponsor's audit rights and
 * the partner's deviation notification timelines. One agreement id for its whole life; its content lives in
 * numbered {@link QualityAgreementVersion}s (the original, then one per amendment), each with the shared
 * agreement lifecycle. The agreement's {@code @Version} is the ETag of every change to any of its versions.
 */
@Entity
@Table(name = "quality_agreement")
@Audited
public class QualityAgreement {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

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
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<QualityAgreementVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected QualityAgreement() {
    }

    private QualityAgreement(UUID partnerId, QualityTerms terms, Instant now) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.createdAt = now;
        this.latestVersion = 1;
        versions.add(new QualityAgreementVersion(this, 1, terms, null, now));
        touch(now);
    }

    /** Drafts a new agreement with a partner: version 1, DRAFT. */
    public static QualityAgreement draft(UUID partnerId, QualityTerms terms, Instant now) {
        return new QualityAgreement(partnerId, terms, now);
    }

    /**
     * Replaces the terms of the latest version, which must be a DRAFT.
     *
     * @throws ConflictException (409) when the latest version is not a draft
     */
    public QualityAgreementVersion revise(QualityTerms terms, Instant now) {
        QualityAgreementVersion draft = latest();
        if (!draft.status().isEditable()) {
            throw new ConflictException("Version " + draft.number() + " is " + draft.status()
                    + ": only a DRAFT is edited (return it to DRAFT from review, or amend an executed agreement)");
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
    public QualityAgreementVersion amend(String reason, Instant now) {
        QualityAgreementVersion current = latest();
        if (current.status() != AgreementStatus.EXECUTED) {
            throw new ConflictException("Version " + current.number() + " is " + current.status()
                    + ": only an EXECUTED agreement is amended, one amendment at a time");
        }
        QualityAgreementVersion amendment = new QualityAgreementVersion(this, current.number() + 1, current.terms(), reason, now);
        versions.add(amendment);
        latestVersion = amendment.number();
        touch(now);
        return amendment;
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) to {@code to}, following
     * {@link AgreementStatus}. Executing an amendment supersedes the version it replaces.
     *
     * @param partnerQualification the partner's qualification status as known here (null if unknown)
     * @param signer               signs the move when {@code to} needs a signature; asked only once every
     *                             rule passed
     * @return the moves made, in order (a superseded version first), to be kept and announced
     * @throws IllegalTransitionException (409) when the lifecycle does not allow the move
     * @throws BusinessRuleException      (422) when the partner or the dates do not allow it
     */
    public List<AgreementStatusChange> changeStatus(Integer versionNumber, AgreementStatus to, String reason,
                                                    Actor actor, String partnerQualification,
                                                    Function<QualityAgreementVersion, ElectronicSignature> signer,
                                                    LocalDate today, Instant now) {
        if (versionNumber != null && versions.stream().noneMatch(v -> v.number() == versionNumber)) {
            throw BusinessRuleException.onField("version", "is " + versionNumber + ": the quality agreement has versions 1 to "
                    + latestVersion);
        }
        QualityAgreementVersion target = versionNumber == null ? latest() : version(versionNumber);
        AgreementStatus from = target.status();
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException("Version " + target.number() + " of the quality agreement is " + from
                    + " and cannot become " + to + "; allowed: " + from.next());
        }
        QualityAgreementVersion replaced = null;
        if (to == AgreementStatus.EXECUTED) {
            PartnerEligibility.requireMayExecute(partnerQualification);
            if (target.expiresOn() != null && target.expiresOn().isBefore(today)) {
                throw BusinessRuleException.onField("expiresOn", "is " + target.expiresOn()
                        + ": an agreement past its expiry date cannot be executed");
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
        if (to == AgreementStatus.EXPIRED && (target.expiresOn() == null || !today.isAfter(target.expiresOn()))) {
            throw BusinessRuleException.onField("expiresOn", "is " + (target.expiresOn() == null ? "not set"
                    : target.expiresOn()) + ": an agreement expires only after its expiry date");
        }
        ElectronicSignature signature = to.needsSignature() ? signer.apply(target) : null;
        if (to.needsSignature() && signature == null) {
            throw new IllegalStateException("Moving an agreement to " + to + " needs an electronic signature");
        }
        List<AgreementStatusChange> changes = new ArrayList<>();
        if (replaced != null) {
            changes.add(AgreementStatusChange.of(id, AgreementKind.QUALITY_AGREEMENT, replaced.number(), replaced.status(),
                    AgreementStatus.SUPERSEDED, "Superseded by version " + target.number() + ": " + reason, actor,
                    now, null));
            replaced.moveTo(AgreementStatus.SUPERSEDED);
        }
        changes.add(AgreementStatusChange.of(id, AgreementKind.QUALITY_AGREEMENT, target.number(), from, to, reason, actor, now,
                signature));
        target.moveTo(to);
        touch(now);
        return changes;
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
     * Clears the review flag once quality reviewed the agreement.
     *
     * @throws ConflictException (409) when the agreement is not flagged
     */
    public void clearReviewFlag(Instant now) {
        if (!isFlaggedForReview()) {
            throw new ConflictException("The quality agreement is not flagged for review");
        }
        reviewFlag = null;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
        latestStatus = latest().status();
    }

    /** The latest version: the original, or the newest amendment. */
    public QualityAgreementVersion latest() {
        return version(latestVersion);
    }

    /** The version binding the parties now (EXECUTED or SUSPENDED), if any. */
    public Optional<QualityAgreementVersion> inForce() {
        return versions.stream().filter(v -> v.status().isInForce()).reduce((a, b) -> b);
    }

    /**
     * @throws RecordNotFoundException (404) when the agreement has no such version
     */
    public QualityAgreementVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Quality agreement " + id + " has no version " + number));
    }

    public List<QualityAgreementVersion> versions() {
        return List.copyOf(versions);
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
}
