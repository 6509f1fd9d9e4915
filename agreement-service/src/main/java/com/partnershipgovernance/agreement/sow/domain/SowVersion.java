package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One numbered version of a statement of work: version 1 is the original, each amendment adds the next
 * number. Every version keeps its terms and its own status for ever. Only the SOW
 * ({@link StatementOfWork}) changes it.
 */
@Entity
@Table(name = "sow_version")
@Audited
public class SowVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sow_id", nullable = false, updatable = false)
    private StatementOfWork sow;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(nullable = false)
    private String title;

    @Convert(converter = JsonListConverter.Activities.class)
    @Column(nullable = false)
    private List<String> activities;

    @Convert(converter = JsonListConverter.Deliverables.class)
    @Column(nullable = false)
    private List<Deliverable> deliverables;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    private LocalDate endOn;

    @Column(name = "budget_amount", nullable = false)
    private BigDecimal budgetAmount;

    @Column(name = "budget_currency", nullable = false)
    private String budgetCurrency;

    @Convert(converter = JsonListConverter.EscalationPath.class)
    @Column(name = "escalation_path", nullable = false)
    private List<EscalationLevel> escalationPath;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    // once a version was put into review, its edits need a reason in the audit trail
    @Column(name = "was_reviewed", nullable = false)
    private boolean wasReviewed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SowVersion() {
    }

    SowVersion(StatementOfWork sow, int number, SowTerms terms, String amendmentReason, Instant now) {
        this.id = UUID.randomUUID();
        this.sow = sow;
        this.number = number;
        this.status = AgreementStatus.DRAFT;
        this.amendmentReason = amendmentReason;
        this.createdAt = now;
        this.wasReviewed = number > 1;
        replaceTerms(terms);
    }

    void replaceTerms(SowTerms terms) {
        title = terms.title();
        activities = terms.activities();
        deliverables = terms.deliverables();
        startOn = terms.startOn();
        endOn = terms.endOn();
        budgetAmount = terms.budget().amount();
        budgetCurrency = terms.budget().currency();
        escalationPath = terms.escalationPath();
        reviewOn = terms.reviewOn();
    }

    void moveTo(AgreementStatus to) {
        if (to == AgreementStatus.IN_REVIEW) {
            wasReviewed = true;
        }
        status = to;
    }

    public SowTerms terms() {
        return new SowTerms(title, activities, deliverables, startOn, endOn, budget(), escalationPath, reviewOn);
    }

    /** Edits of this version need a reason: it was in review before, or it amends an executed SOW. */
    public boolean needsReasonForEdits() {
        return wasReviewed;
    }

    public Money budget() {
        return new Money(budgetAmount, budgetCurrency);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public AgreementStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public LocalDate startOn() {
        return startOn;
    }

    public LocalDate endOn() {
        return endOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public String amendmentReason() {
        return amendmentReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StatementOfWork sow() {
        return sow;
    }
}
