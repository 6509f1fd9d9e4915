package com.partnershipgovernance.agreement.change.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One party's decision on a change request: what, who, when, with what comment. */
@Embeddable
public class PartyDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private ApprovalDecision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "comment")
    private String comment;

    protected PartyDecision() {
    }

    PartyDecision(ApprovalDecision decision, String decidedBy, String decidedByName, Instant decidedAt,
                  String comment) {
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.comment = comment;
    }

    public boolean isMade() {
        return decision != null;
    }

    public ApprovalDecision decision() {
        return decision;
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

    public String comment() {
        return comment;
    }
}
