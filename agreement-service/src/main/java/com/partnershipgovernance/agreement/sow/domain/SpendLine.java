package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One invoice or purchase order an ERP posted against a SOW, by its ERP reference (unique per SOW). */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or sow_id in "
        + "(select p.id from sow p where p.partner_id = :partnerId))")
@Table(name = "sow_spend_line")
@Audited
public class SpendLine {

    @Id
    private UUID id;

    @Column(name = "sow_id", nullable = false, updatable = false)
    private UUID sowId;

    @Column(name = "external_ref", nullable = false, updatable = false)
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SpendKind kind;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "posted_on", nullable = false, updatable = false)
    private LocalDate postedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected SpendLine() {
    }

    /**
     * A posting against {@code sow}, in the currency of its budget.
     *
     * @throws BusinessRuleException (422) naming {@code amount.currency} when the currency is not the budget's
     */
    public static SpendLine post(StatementOfWork sow, String externalRef, SpendKind kind, Money amount,
                                 LocalDate postedOn, Instant now) {
        Money budget = sow.currentTerms().budget();
        if (!budget.currency().equals(amount.currency())) {
            throw BusinessRuleException.onField("amount.currency", "is " + amount.currency() + ": spend is posted "
                    + "in the currency of the SOW budget, " + budget.currency());
        }
        SpendLine line = new SpendLine();
        line.id = UUID.randomUUID();
        line.sowId = sow.id();
        line.externalRef = externalRef;
        line.kind = kind;
        line.amount = amount.amount();
        line.currency = amount.currency();
        line.postedOn = postedOn;
        line.recordedAt = now;
        return line;
    }

    public UUID id() {
        return id;
    }

    public UUID sowId() {
        return sowId;
    }

    public String externalRef() {
        return externalRef;
    }

    public SpendKind kind() {
        return kind;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
