package com.partnershipgovernance.agreement.milestone.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A milestone of a statement of work: what is due when, who owns it, which deliverable it produces, and,
 * at a go/no-go decision point, the signed decision. The SOW's MSA, partner and kind are kept with it (they
 * never change for a SOW) so that every milestone event carries them without a lookup.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "milestone")
@Audited
public class Milestone {

    @Id
    private UUID id;

    @Column(name = "sow_id", nullable = false, updatable = false)
    private UUID sowId;

    @Column(name = "msa_id", nullable = false, updatable = false)
    private UUID msaId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sow_kind", nullable = false, updatable = false)
    private SowKind sowKind;

    @Column(nullable = false)
    private String name;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String owner;

    private String deliverable;

    @Column(name = "decision_point", nullable = false)
    private boolean decisionPoint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "depends_on", nullable = false)
    private List<UUID> dependsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "hold_reason")
    private String holdReason;

    @Embedded
    private GoNoGoDecision decision;

    // announcements are made once each; the marks are plumbing, not part of the record's trail
    @NotAudited
    @Column(name = "due_soon_announced_at")
    private Instant dueSoonAnnouncedAt;

    @NotAudited
    @Column(name = "missed_announced_at")
    private Instant missedAnnouncedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Milestone() {
    }

    /** What a new milestone is: its SOW, name, due date, owner, deliverable and dependencies. */
    public record Plan(UUID sowId, UUID msaId, UUID partnerId, SowKind sowKind, String name, LocalDate dueDate,
                       String owner, String deliverable, boolean decisionPoint, List<UUID> dependsOn) {
    }

    /**
     * Plans a milestone. The dependencies must be milestones of the same SOW.
     *
     * @param ofTheSow the milestones the SOW has so far
     * @throws BusinessRuleException (422) naming {@code dependsOn[i]} when a dependency is not a milestone of
     *                               the same SOW
     */
    public static Milestone plan(Plan plan, List<Milestone> ofTheSow, Instant now) {
        List<UUID> dependsOn = plan.dependsOn() == null ? List.of() : List.copyOf(plan.dependsOn());
        for (int i = 0; i < dependsOn.size(); i++) {
            UUID on = dependsOn.get(i);
            if (ofTheSow.stream().noneMatch(m -> m.id.equals(on) && m.sowId.equals(plan.sowId()))) {
                throw BusinessRuleException.onField("dependsOn[" + i + "]", "is " + on + ", not a milestone of "
                        + "SOW " + plan.sowId() + ": a milestone depends only on milestones of its own SOW");
            }
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.sowId = plan.sowId();
        m.msaId = plan.msaId();
        m.partnerId = plan.partnerId();
        m.sowKind = plan.sowKind();
        m.name = plan.name();
        m.dueDate = plan.dueDate();
        m.owner = plan.owner();
        m.deliverable = plan.deliverable();
        m.decisionPoint = plan.decisionPoint();
        m.dependsOn = dependsOn.stream().distinct().toList();
        m.status = MilestoneStatus.OPEN;
        m.createdAt = now;
        // a milestone planned under a held one waits with it
        ofTheSow.stream().filter(d -> m.dependsOn.contains(d.id) && (d.status == MilestoneStatus.ON_HOLD
                        || d.decision().filter(x -> x.decision() == GoNoGo.NO_GO).isPresent())).findFirst()
                .ifPresent(d -> m.hold("Depends on milestone '" + d.name + "', which is on hold or got a NO_GO"));
        return m;
    }

    /**
     * Records that the milestone was completed on {@code on}.
     *
     * @return days late (negative when early)
     * @throws ConflictException (409) unless the milestone is OPEN
     */
    public long complete(LocalDate on) {
        if (status != MilestoneStatus.OPEN) {
            throw new ConflictException("The milestone is " + status + ": only an OPEN milestone is completed"
                    + (status == MilestoneStatus.ON_HOLD ? " (" + holdReason + ")" : ""));
        }
        status = MilestoneStatus.COMPLETED;
        completedOn = on;
        return MilestoneSchedule.daysLate(dueDate, on);
    }

    /**
     * Records the signed go/no-go decision of this decision point; once only.
     *
     * @throws BusinessRuleException (422) naming {@code decisionPoint} when the milestone is no decision point
     * @throws ConflictException     (409) when it was decided already or is on hold
     */
    public void decide(GoNoGoDecision taken) {
        requireDecidable();
        decision = taken;
    }

    /** Checks that a decision may be taken here, before the signer is asked to sign. */
    public void requireDecidable() {
        if (!decisionPoint) {
            throw BusinessRuleException.onField("decisionPoint", "is false: this milestone is no go/no-go "
                    + "decision point");
        }
        if (decision != null && decision.isTaken()) {
            throw new ConflictException("A " + decision.decision() + " decision was taken here already");
        }
        if (status == MilestoneStatus.ON_HOLD) {
            throw new ConflictException("The milestone is on hold: " + holdReason);
        }
    }

    /** Puts an OPEN milestone on hold; answers whether it was put on hold. */
    public boolean hold(String reason) {
        if (status != MilestoneStatus.OPEN) {
            return false;
        }
        status = MilestoneStatus.ON_HOLD;
        holdReason = reason;
        return true;
    }

    /**
     * Takes a held milestone off hold (the work was re-planned after the NO_GO); it is OPEN again.
     *
     * @throws ConflictException (409) unless the milestone is ON_HOLD
     */
    public void resume() {
        if (status != MilestoneStatus.ON_HOLD) {
            throw new ConflictException("The milestone is " + status + ": only a milestone ON_HOLD is resumed");
        }
        status = MilestoneStatus.OPEN;
        holdReason = null;
    }

    public void announcedDueSoon(Instant at) {
        dueSoonAnnouncedAt = at;
    }

    public void announcedMissed(Instant at) {
        missedAnnouncedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID sowId() {
        return sowId;
    }

    public UUID msaId() {
        return msaId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public SowKind sowKind() {
        return sowKind;
    }

    public String name() {
        return name;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String owner() {
        return owner;
    }

    public String deliverable() {
        return deliverable;
    }

    public boolean isDecisionPoint() {
        return decisionPoint;
    }

    public List<UUID> dependsOn() {
        return List.copyOf(dependsOn);
    }

    public MilestoneStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String holdReason() {
        return holdReason;
    }

    public Optional<GoNoGoDecision> decision() {
        return decision != null && decision.isTaken() ? Optional.of(decision) : Optional.empty();
    }

    public boolean wasAnnouncedMissed() {
        return missedAnnouncedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
