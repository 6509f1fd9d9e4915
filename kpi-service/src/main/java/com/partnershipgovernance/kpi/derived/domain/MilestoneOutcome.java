package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What became of a partner's milestone, from agreement-service's milestone events: met on time,
 * completed late, or missed. A milestone counts in the period of its due date; a missed milestone
 * completed later stays not on time.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "milestone_outcome")
public class MilestoneOutcome extends PartnerFact {

    /** How a milestone ended, as far as kpi-service has heard. */
    public enum Outcome {
        ON_TIME, LATE, MISSED
    }

    @Id
    @Column(name = "milestone_id")
    private UUID milestoneId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected MilestoneOutcome() {
    }

    public MilestoneOutcome(UUID milestoneId, UUID partnerId, LocalDate dueDate) {
        super(partnerId);
        this.milestoneId = milestoneId;
        this.dueDate = dueDate;
        this.outcome = Outcome.MISSED;
    }

    /** The milestone was completed on {@code on}: on time unless after its due date (whatever was heard before). */
    public void completed(LocalDate dueDate, LocalDate on) {
        this.dueDate = dueDate;
        this.completedOn = on;
        this.outcome = on.isAfter(dueDate) ? Outcome.LATE : Outcome.ON_TIME;
    }

    /** The milestone passed its due date unmet; a completion already heard of stands. */
    public void missed(LocalDate dueDate) {
        if (completedOn == null) {
            this.dueDate = dueDate;
            this.outcome = Outcome.MISSED;
        }
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Outcome outcome() {
        return outcome;
    }
}
