package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A routine periodic review of the executed version of an agreement of any kind: who reviewed it and when,
 * what they concluded and when it is next due. Recorded by {@link VersionedAgreement#recordReview}; kept for
 * ever, never changed.
 */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or agreement_id in ("
        + "select a.id from msa a where a.partner_id = :partnerId union "
        + "select a.id from sow a where a.partner_id = :partnerId union "
        + "select a.id from quality_agreement a where a.partner_id = :partnerId))")
@Table(name = "agreement_review")
@Audited
public class AgreementReview {

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AgreementKind kind;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewOutcome outcome;

    @Column(updatable = false)
    private String comments;

    @Column(name = "previous_review_on", updatable = false)
    private LocalDate previousReviewOn;

    @Column(name = "next_review_on", nullable = false, updatable = false)
    private LocalDate nextReviewOn;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_by_name", updatable = false)
    private String reviewedByName;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected AgreementReview() {
    }

    AgreementReview(UUID agreementId, AgreementKind kind, int versionNumber, ReviewOutcome outcome, String comments,
                    LocalDate previousReviewOn, LocalDate nextReviewOn, AgreementStatusChange.Actor reviewer,
                    Instant reviewedAt) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.kind = kind;
        this.versionNumber = versionNumber;
        this.outcome = outcome;
        this.comments = comments;
        this.previousReviewOn = previousReviewOn;
        this.nextReviewOn = nextReviewOn;
        this.reviewedBy = reviewer.id();
        this.reviewedByName = reviewer.name();
        this.reviewedAt = reviewedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public AgreementKind kind() {
        return kind;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String comments() {
        return comments;
    }

    public LocalDate previousReviewOn() {
        return previousReviewOn;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewedByName() {
        return reviewedByName;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
