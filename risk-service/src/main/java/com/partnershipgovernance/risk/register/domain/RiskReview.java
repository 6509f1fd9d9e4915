package com.partnershipgovernance.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A periodic review of a risk: who reviewed it, when, the score it had then, and the decision. */
@Entity
@Table(name = "risk_review")
@Audited
public class RiskReview extends RiskRecord {

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "reviewed_by_name", nullable = false)
    private String reviewedByName;

    private int likelihood;

    private int impact;

    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rag rag;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;

    @Column(nullable = false)
    private String notes;

    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RiskReview() {
    }

    private RiskReview(UUID riskId) {
        super(riskId);
    }

    static RiskReview of(Risk risk, LocalDate reviewedOn, ReviewDecision decision, String notes, Rag rag,
                         Actor actor, Instant now) {
        RiskReview review = new RiskReview(risk.id());
        review.reviewedOn = reviewedOn;
        review.reviewedBy = actor.id();
        review.reviewedByName = actor.name();
        review.likelihood = risk.score().likelihood();
        review.impact = risk.score().impact();
        review.score = risk.score().value();
        review.rag = rag;
        review.decision = decision;
        review.notes = notes;
        review.nextReviewOn = risk.nextReviewOn();
        review.recordedAt = now;
        return review;
    }



    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewedByName() {
        return reviewedByName;
    }

    public RiskScore scoreThen() {
        return new RiskScore(likelihood, impact);
    }

    public Rag rag() {
        return rag;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String notes() {
        return notes;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
