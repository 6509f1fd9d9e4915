package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One numbered version of a statement of work: its work, timeline, budget and escalation path. */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or sow_id in "
        + "(select p.id from sow p where p.partner_id = :partnerId))")
@Table(name = "sow_version")
@Audited
public class SowVersion extends AgreementVersion<SowTerms> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sow_id", nullable = false, updatable = false)
    private StatementOfWork sow;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> activities;

    @JdbcTypeCode(SqlTypes.JSON)
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "escalation_path", nullable = false)
    private List<EscalationLevel> escalationPath;

    protected SowVersion() {
    }

    SowVersion(StatementOfWork sow, int number, SowTerms terms, String amendmentReason, Instant now) {
        super(number, amendmentReason, now);
        this.sow = sow;
        replaceTerms(terms);
    }

    @Override
    protected void applyTerms(SowTerms terms) {
        activities = terms.activities();
        deliverables = terms.deliverables();
        startOn = terms.startOn();
        endOn = terms.endOn();
        budgetAmount = terms.budget().amount();
        budgetCurrency = terms.budget().currency();
        escalationPath = terms.escalationPath();
    }

    @Override
    public SowTerms terms() {
        return new SowTerms(title(), activities, deliverables, startOn, endOn, budget(), escalationPath,
                agreedReviewOn());
    }

    public Money budget() {
        return new Money(budgetAmount, budgetCurrency);
    }

    @Override
    public StatementOfWork agreement() {
        return sow;
    }

    @Override
    public LocalDate startsOn() {
        return startOn;
    }

    @Override
    public LocalDate endsOn() {
        return endOn;
    }
}
