package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a SOW's spend stood against its budget at the end of a month, from the latest
 * {@code sow.spend-recorded} of that month (spend to date and budget in the SOW's currency).
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "sow_spend")
public class SowSpend extends PartnerFact {

    @Id
    private UUID id;

    @Column(name = "sow_id", nullable = false)
    private UUID sowId;

    /** The first day of the month the spend was posted in. */
    @Column(name = "period_month", nullable = false)
    private LocalDate periodMonth;

    @Column(name = "spent_to_date", nullable = false)
    private BigDecimal spentToDate;

    @Column(nullable = false)
    private BigDecimal budget;

    @Column(nullable = false)
    private String currency;

    protected SowSpend() {
    }

    public SowSpend(UUID sowId, UUID partnerId, LocalDate periodMonth) {
        super(partnerId);
        this.id = UUID.randomUUID();
        this.sowId = sowId;
        this.periodMonth = periodMonth;
    }

    /** Takes the SOW's spend to date and budget as the latest posting of the month announced them. */
    public void stoodAt(BigDecimal spentToDate, BigDecimal budget, String currency) {
        this.spentToDate = spentToDate;
        this.budget = budget;
        this.currency = currency;
    }

    public BigDecimal spentToDate() {
        return spentToDate;
    }

    public BigDecimal budget() {
        return budget;
    }
}
