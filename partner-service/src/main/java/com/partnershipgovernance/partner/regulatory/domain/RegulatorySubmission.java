package com.partnershipgovernance.partner.regulatory.domain;

import com.partnershipgovernance.platform.retire.Retirement;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** One entry of the partner's regulatory track record: a submission it supported and its outcome. */
@Entity
@Table(name = "regulatory_submission")
@Audited
public class RegulatorySubmission extends TrackRecordEntry {

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

    @Override
    protected String entryName() {
        return "submission record";
    }

    @Override
    protected Retirement retirement() {
        return retirement;
    }

    @Override
    protected void recordRetirement(Retirement retirement) {
        this.retirement = retirement;
    }

    public SubmissionFacts facts() {
        return new SubmissionFacts(authority, authorityName, productType, submissionYear, outcome, notes);
    }
}
