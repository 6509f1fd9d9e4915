package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * The record of one automatic rule applied to one event: the policy and its version, the causing
 * event, the inputs the policy saw (as JSON), what it did and to which risk. It is the evidence
 * behind every automatic change of the register.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "rule_firing")
@Audited
public class RuleFiring {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String policy;

    @Column(name = "policy_version")
    private int policyVersion;

    @Column(name = "cause_event_id", nullable = false)
    private String causeEventId;

    @Column(name = "cause_event_type", nullable = false)
    private String causeEventType;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    // what the event was about (deviation, milestone or partner id), to recognise it again
    @Column(name = "subject_ref", nullable = false)
    private String subjectRef;

    // the level of the subject this firing applied (a deviation's severity), when it matters
    @Column(name = "subject_level")
    private String subjectLevel;

    @Column(nullable = false)
    private String inputs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FiringOutcome outcome;

    @Column(name = "risk_id")
    private UUID riskId;

    @Column(nullable = false)
    private String explanation;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Version
    private long version;

    protected RuleFiring() {
    }

    /** Records a firing; {@code riskId} is null when the outcome is {@link FiringOutcome#NO_CHANGE}. */
    public static RuleFiring record(String policy, int policyVersion, String causeEventId, String causeEventType,
                                    UUID partnerId, String subjectRef, String subjectLevel, String inputs,
                                    FiringOutcome outcome, UUID riskId, String explanation, Instant at) {
        RuleFiring firing = new RuleFiring();
        firing.id = UUID.randomUUID();
        firing.policy = policy;
        firing.policyVersion = policyVersion;
        firing.causeEventId = causeEventId;
        firing.causeEventType = causeEventType;
        firing.partnerId = partnerId;
        firing.subjectRef = subjectRef;
        firing.subjectLevel = subjectLevel;
        firing.inputs = inputs;
        firing.outcome = outcome;
        firing.riskId = riskId;
        firing.explanation = explanation;
        firing.firedAt = at;
        return firing;
    }

    public UUID id() {
        return id;
    }

    public String policy() {
        return policy;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public String causeEventType() {
        return causeEventType;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String subjectLevel() {
        return subjectLevel;
    }

    public String inputs() {
        return inputs;
    }

    public FiringOutcome outcome() {
        return outcome;
    }

    public UUID riskId() {
        return riskId;
    }

    public String explanation() {
        return explanation;
    }

    public Instant firedAt() {
        return firedAt;
    }
}
