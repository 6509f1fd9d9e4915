package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An evaluator's current score of one candidate on one criterion. Re-scoring replaces the value in
 * place; the audit trail keeps every earlier value with who, when and why.
 */
@Entity
// part of a selection, which partner users never see
@Filter(name = PartnerScope.FILTER, condition = "(:" + PartnerScope.UNCONFINED + ")")
@Table(name = "evaluator_score")
@Audited
public class EvaluatorScore {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "selection_id", nullable = false)
    private Selection selection;

    @Column(name = "candidate_partner_id", nullable = false)
    private UUID candidatePartnerId;

    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluating_function", nullable = false)
    private EvaluatingFunction function;

    @Column(name = "evaluator_id", nullable = false)
    private String evaluatorId;

    @Column(name = "evaluator_name", nullable = false)
    private String evaluatorName;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Version
    private long version;

    protected EvaluatorScore() {
    }

    EvaluatorScore(Selection selection, ScoreSubmission submission, String evaluatorId, String evaluatorName,
                   Instant now) {
        this.id = UUID.randomUUID();
        this.selection = selection;
        this.candidatePartnerId = submission.candidatePartnerId();
        this.criterionCode = submission.criterionCode();
        this.evaluatorId = evaluatorId;
        replaceWith(submission, evaluatorName, now);
    }

    /** Whether {@code submission} would change this score (value, function or comment). */
    public boolean differsFrom(ScoreSubmission submission) {
        return score != submission.score() || function != submission.function()
                || !Objects.equals(comment, submission.comment());
    }

    void replaceWith(ScoreSubmission submission, String evaluatorName, Instant now) {
        this.function = submission.function();
        this.score = submission.score();
        this.comment = submission.comment();
        this.evaluatorName = evaluatorName;
        this.scoredAt = now;
    }

    boolean isFor(UUID candidate, String criterion, String evaluator) {
        return candidatePartnerId.equals(candidate) && criterionCode.equals(criterion) && evaluatorId.equals(evaluator);
    }

    public ScoreEntry entry() {
        return new ScoreEntry(candidatePartnerId, criterionCode, function, evaluatorId, score);
    }

    public UUID id() {
        return id;
    }

    public UUID selectionId() {
        return selection.id();
    }

    public UUID candidatePartnerId() {
        return candidatePartnerId;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public EvaluatingFunction function() {
        return function;
    }

    public String evaluatorId() {
        return evaluatorId;
    }

    public String evaluatorName() {
        return evaluatorName;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public long version() {
        return version;
    }
}
