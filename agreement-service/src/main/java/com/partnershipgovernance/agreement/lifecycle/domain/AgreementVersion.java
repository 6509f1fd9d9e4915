package com.partnershipgovernance.agreement.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One numbered version of an agreement of any kind: version 1 is the original, each amendment adds the next
 * number. Every version keeps its terms and its own status for ever, so earlier versions stay readable and
 * comparable. Only its agreement ({@link VersionedAgreement}) changes it; each kind maps its own terms.
 *
 * @param <T> the terms of this kind of agreement
 */
@MappedSuperclass
@Audited
public abstract class AgreementVersion<T extends AgreementTerms> {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(nullable = false)
    private String title;

    // the review date the terms agreed (signed with them)
    @Column(name = "review_on")
    private LocalDate reviewOn;

    // set by a periodic review of the version in force: the next review, in place of the agreed date
    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    // once a version was put into review, its edits need a reason in the audit trail
    @Column(name = "was_reviewed", nullable = false)
    private boolean wasReviewed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AgreementVersion() {
    }

    protected AgreementVersion(int number, String amendmentReason, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = AgreementStatus.DRAFT;
        this.amendmentReason = amendmentReason;
        this.createdAt = now;
        this.wasReviewed = number > 1;
    }

    /** Replaces every term of this version. */
    protected void replaceTerms(T terms) {
        title = terms.title();
        reviewOn = terms.reviewOn();
        applyTerms(terms);
    }

    /** Keeps the terms of this kind beyond the title and the review date. */
    protected abstract void applyTerms(T terms);

    /** The terms as they stand. */
    public abstract T terms();

    /** The agreement this version belongs to. */
    public abstract VersionedAgreement<?, T> agreement();

    /** The first day the version binds the parties. */
    public abstract LocalDate startsOn();

    /** The last day the version binds the parties, or null when it runs until terminated. */
    public abstract LocalDate endsOn();

    /** The field of the terms that holds {@link #endsOn()}, as problems name it. */
    public String endField() {
        return agreement().agreementKind().endField();
    }

    void moveTo(AgreementStatus to) {
        if (to == AgreementStatus.IN_REVIEW) {
            wasReviewed = true;
        }
        status = to;
    }

    void rescheduleReview(LocalDate next) {
        nextReviewOn = next;
    }

    /** Edits of this version need a reason: it was in review before, or it amends an executed agreement. */
    public boolean needsReasonForEdits() {
        return wasReviewed;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public AgreementStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** When the version is next due for review: as a periodic review rescheduled it, else as the terms agreed. */
    public LocalDate reviewOn() {
        return nextReviewOn != null ? nextReviewOn : reviewOn;
    }

    /** The review date the terms agreed, as signed. */
    protected LocalDate agreedReviewOn() {
        return reviewOn;
    }

    public String amendmentReason() {
        return amendmentReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
