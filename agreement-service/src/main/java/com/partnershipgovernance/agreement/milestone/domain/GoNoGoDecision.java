package com.partnershipgovernance.agreement.milestone.domain;

import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** A signed go/no-go decision taken at a milestone: the outcome, why, who and when. Never changed. */
@Embeddable
public class GoNoGoDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private GoNoGo decision;

    @Column(name = "decision_rationale")
    private String rationale;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Embedded
    private ElectronicSignature signature;

    protected GoNoGoDecision() {
    }

    public GoNoGoDecision(GoNoGo decision, String rationale, String decidedBy, String decidedByName,
                          Instant decidedAt, ElectronicSignature signature) {
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.signature = signature;
    }

    public GoNoGo decision() {
        return decision;
    }

    public String rationale() {
        return rationale;
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

    public ElectronicSignature signature() {
        return signature;
    }

    boolean isTaken() {
        return decision != null;
    }
}
