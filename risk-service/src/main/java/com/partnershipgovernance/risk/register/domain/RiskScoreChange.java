package com.partnershipgovernance.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One entry of a risk's score history: the score it got, the one it had, why, who and what caused it. */
@Entity
@Table(name = "risk_score_change")
@Audited
public class RiskScoreChange extends RiskRecord {

    @Column(name = "previous_likelihood")
    private Integer previousLikelihood;

    @Column(name = "previous_impact")
    private Integer previousImpact;

    private int likelihood;

    private int impact;

    @Column(nullable = false)
    private String reason;

    @Column(name = "cause_event_id")
    private String causeEventId;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RiskScoreChange() {
    }

    private RiskScoreChange(UUID riskId, RiskScore previous, RiskScore score, String reason, String causeEventId,
                            Actor actor, Instant at) {
        super(riskId);
        this.previousLikelihood = previous == null ? null : previous.likelihood();
        this.previousImpact = previous == null ? null : previous.impact();
        this.likelihood = score.likelihood();
        this.impact = score.impact();
        this.reason = reason;
        this.causeEventId = causeEventId;
        this.changedBy = actor.id();
        this.changedByName = actor.name();
        this.changedAt = at;
    }

    static RiskScoreChange first(UUID riskId, RiskScore score, String reason, String causeEventId, Actor actor,
                                 Instant at) {
        return new RiskScoreChange(riskId, null, score, reason, causeEventId, actor, at);
    }

    static RiskScoreChange rescored(UUID riskId, RiskScore from, RiskScore to, String reason, String causeEventId,
                                    Actor actor, Instant at) {
        return new RiskScoreChange(riskId, from, to, reason, causeEventId, actor, at);
    }



    /** The score before, empty for the score the risk was raised with. */
    public Optional<RiskScore> previous() {
        return previousLikelihood == null ? Optional.empty()
                : Optional.of(new RiskScore(previousLikelihood, previousImpact));
    }

    public RiskScore score() {
        return new RiskScore(likelihood, impact);
    }

    public String reason() {
        return reason;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public String changedBy() {
        return changedBy;
    }

    public String changedByName() {
        return changedByName;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
