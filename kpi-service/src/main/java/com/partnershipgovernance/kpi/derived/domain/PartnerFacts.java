package com.partnershipgovernance.kpi.derived.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The derived KPIs of deviations, batches, spend and audits, computed from the facts of one partner
 * between the first and last day of a period.
 */
@ApplicationScoped
public class PartnerFacts {

    @Inject
    EntityManager em;

    @Inject
    MilestoneOutcomeRepository milestones;

    /** The value of {@code kpi} for the partner from {@code first} to {@code last}; empty without facts for it. */
    public Optional<BigDecimal> valueOf(DerivedKpi kpi, UUID partner, LocalDate first, LocalDate last) {
        return switch (kpi) {
            case ON_TIME_MILESTONE_RATE -> milestones.onTimeRate(partner, first, last);
            case DEVIATIONS_NOTIFIED_ON_TIME_RATE -> notifiedOnTimeRate(partner, first, last);
            case MEAN_DAYS_TO_CLOSE_DEVIATION -> meanDaysToClose(partner, first, last);
            case DEVIATIONS_PER_BATCH -> deviationsPerBatch(partner, first, last);
            case RIGHT_FIRST_TIME_BATCH_RATE -> rightFirstTimeRate(partner, first, last);
            case BUDGET_VARIANCE -> budgetVariance(partner, first, last);
            case AUDIT_FINDINGS_PER_AUDIT -> findingsPerAudit(partner, first, last);
        };
    }

    /** Share of deviations reported in the period that were notified on time (of those where it is known). */
    public Optional<BigDecimal> notifiedOnTimeRate(UUID partner, LocalDate first, LocalDate last) {
        return DerivedKpiRules.rate(
                count("DeviationRecord", "reportedOn", partner, first, last, "and e.notifiedOnTime = true"),
                count("DeviationRecord", "reportedOn", partner, first, last, "and e.notifiedOnTime is not null"));
    }

    /** Mean days open of deviations closed in the period. */
    public Optional<BigDecimal> meanDaysToClose(UUID partner, LocalDate first, LocalDate last) {
        Object[] sumAndCount = em.createQuery("select sum(e.daysOpen), count(e) from DeviationRecord e "
                        + "where e.partnerId = ?1 and e.closedOn between ?2 and ?3 and e.daysOpen is not null",
                        Object[].class)
                .setParameter(1, partner).setParameter(2, first).setParameter(3, last).getSingleResult();
        Number sum = (Number) sumAndCount[0];
        return DerivedKpiRules.mean(sum == null ? null : BigDecimal.valueOf(sum.longValue()),
                ((Number) sumAndCount[1]).longValue());
    }

    /** Deviations reported in the period per batch dispositioned in it. */
    public Optional<BigDecimal> deviationsPerBatch(UUID partner, LocalDate first, LocalDate last) {
        return DerivedKpiRules.ratio(count("DeviationRecord", "reportedOn", partner, first, last, ""),
                count("BatchDisposition", "dispositionedOn", partner, first, last, ""));
    }

    /** Share of batches dispositioned in the period that were right first time. */
    public Optional<BigDecimal> rightFirstTimeRate(UUID partner, LocalDate first, LocalDate last) {
        return DerivedKpiRules.rate(
                count("BatchDisposition", "dispositionedOn", partner, first, last, "and e.rightFirstTime = true"),
                count("BatchDisposition", "dispositionedOn", partner, first, last, ""));
    }

    /** Mean budget variance, in percent, of the partner's SOWs with spend posted in the period. */
    public Optional<BigDecimal> budgetVariance(UUID partner, LocalDate first, LocalDate last) {
        List<SowSpend> spends = em.createQuery("from SowSpend e where e.partnerId = ?1 and e.periodMonth between ?2 "
                        + "and ?3 and e.periodMonth = (select max(l.periodMonth) from SowSpend l where l.sowId = e.sowId "
                        + "and l.periodMonth between ?2 and ?3)", SowSpend.class)
                .setParameter(1, partner).setParameter(2, first).setParameter(3, last).getResultList();
        List<BigDecimal> variances = spends.stream()
                .flatMap(s -> DerivedKpiRules.variance(s.spentToDate(), s.budget()).stream()).toList();
        return DerivedKpiRules.mean(variances.stream().reduce(BigDecimal.ZERO, BigDecimal::add), variances.size());
    }

    /** Findings per audit closed in the period. */
    public Optional<BigDecimal> findingsPerAudit(UUID partner, LocalDate first, LocalDate last) {
        Object[] sumAndCount = em.createQuery("select sum(e.findings), count(e) from ClosedAudit e "
                        + "where e.partnerId = ?1 and e.closedOn between ?2 and ?3", Object[].class)
                .setParameter(1, partner).setParameter(2, first).setParameter(3, last).getSingleResult();
        Number sum = (Number) sumAndCount[0];
        return DerivedKpiRules.ratio(sum == null ? 0 : sum.longValue(), ((Number) sumAndCount[1]).longValue());
    }

    private long count(String entity, String dateField, UUID partner, LocalDate first, LocalDate last, String and) {
        return em.createQuery("select count(e) from " + entity + " e where e.partnerId = ?1 and e." + dateField
                        + " between ?2 and ?3 " + and, Long.class)
                .setParameter(1, partner).setParameter(2, first).setParameter(3, last).getSingleResult();
    }
}
