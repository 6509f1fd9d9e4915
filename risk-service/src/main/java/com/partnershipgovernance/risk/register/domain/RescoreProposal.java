package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposed new score for a risk that nobody has decided on yet: an event may suggest a risk is lower
 * (a deviation closed), but only the risk's owner lowers it. The proposal waits in the review queue
 * until accepted (the risk is re-scored) or rejected, both with a reason.
 */
@Entity
@Table(name = "rescore_proposal")
@Audited
public class RescoreProposal extends RiskRecord {

    @Column(name = "current_likelihood")
    private int currentLikelihood;

    @Column(name = "current_impact")
    private int currentImpact;

    @Column(name = "proposed_likelihood")
    private int proposedLikelihood;

    @Column(name = "proposed_impact")
    private int proposedImpact;

    @Column(nullable = false)
    private String reason;

    @Column(name = "cause_event_id")
    private String causeEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected RescoreProposal() {
    }

    private RescoreProposal(UUID riskId) {
        super(riskId);
    }

    /** Proposes {@code proposed} for a risk now scored {@code current}. */
    public static RescoreProposal propose(UUID riskId, RiskScore current, RiskScore proposed, String reason,
                                          String causeEventId, Instant now) {
        RescoreProposal proposal = new RescoreProposal(riskId);
        proposal.currentLikelihood = current.likelihood();
        proposal.currentImpact = current.impact();
        proposal.proposedLikelihood = proposed.likelihood();
        proposal.proposedImpact = proposed.impact();
        proposal.reason = reason;
        proposal.causeEventId = causeEventId;
        proposal.status = ProposalStatus.PENDING;
        proposal.proposedAt = now;
        return proposal;
    }

    /**
     * Decides the proposal.
     *
     * @throws IllegalTransitionException when it was decided before
     */
    public void decide(boolean accepted, String reason, Actor actor, Instant now) {
        if (status != ProposalStatus.PENDING) {
            throw new IllegalTransitionException("Proposal " + id() + " was already " + status);
        }
        status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
        decisionReason = reason;
        decidedBy = actor.id();
        decidedByName = actor.name();
        decidedAt = now;
    }



    /** The risk's score when the proposal was made. */
    public RiskScore scoreThen() {
        return new RiskScore(currentLikelihood, currentImpact);
    }

    public RiskScore proposed() {
        return new RiskScore(proposedLikelihood, proposedImpact);
    }

    public String reason() {
        return reason;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public ProposalStatus status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
