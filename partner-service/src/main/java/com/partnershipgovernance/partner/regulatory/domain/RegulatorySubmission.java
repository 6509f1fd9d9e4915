package com.partnershipgovernance.partner.regulatory.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.retire.Retirement;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/** One entry of the partner's regulatory track record: a submission it supported and its outcome. */
@Entity
@Table(name = "regulatory_submission")
@Audited
public class RegulatorySubmission extends PartnerRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegulatoryAuthority authority;

    @Column(name = "authority_name")
    private String authorityName;

    @Column(name = "product_type", nullable = false)
    private String productType;

    @Column(name = "submission_year", nullable = false)
    private int submissionYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionOutcome outcome;

    private String notes;

    @Embedded
    private Retirement retirement;

    protected RegulatorySubmission() {
    }

    public RegulatorySubmission(UUID partnerId, SubmissionFacts facts) {
        super(partnerId);
        correct(facts);
    }

    /** Replaces what was recorded (an outcome arrived, or a correction). */
    public void correct(SubmissionFacts facts) {
        authority = facts.authority();
        authorityName = facts.authorityName();
        productType = facts.productType();
        submissionYear = facts.submissionYear();
        outcome = facts.outcome();
        notes = facts.notes();
    }

    public void retire(String reason, String actorId, Instant now) {
        if (isRetired()) {
            throw new IllegalTransitionException("The submission record was already retired");
        }
        retirement = new Retirement(now, actorId, reason);
    }

    public boolean isRetired() {
        return retirement != null && retirement.retiredAt() != null;
    }

    public SubmissionFacts facts() {
        return new SubmissionFacts(authority, authorityName, productType, submissionYear, outcome, notes);
    }

    public Retirement retirement() {
        return retirement;
    }
}
