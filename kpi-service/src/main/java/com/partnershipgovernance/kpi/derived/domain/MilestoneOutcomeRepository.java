package com.partnershipgovernance.kpi.derived.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Milestone outcomes, counted per partner and period of due dates. */
@ApplicationScoped
public class MilestoneOutcomeRepository implements PanacheRepositoryBase<MilestoneOutcome, UUID> {

    /** The on-time milestone rate of milestones due from {@code first} to {@code last}. */
    public Optional<BigDecimal> onTimeRate(UUID partnerId, LocalDate first, LocalDate last) {
        long due = count("partnerId = ?1 and dueDate between ?2 and ?3", partnerId, first, last);
        long onTime = count("partnerId = ?1 and dueDate between ?2 and ?3 and outcome = ?4", partnerId, first, last,
                MilestoneOutcome.Outcome.ON_TIME);
        return DerivedKpiRules.rate(onTime, due);
    }
}
