package com.partnershipgovernance.risk.mitigation.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.RiskRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action that reduces a risk: what is done, by whom (sponsor or partner side), by when, and how far
 * it got. It is planned with a due date that has not passed, and completed on a date that has.
 */
@Entity
@Table(name = "mitigation_action")
@Audited
public class MitigationAction extends RiskRecord {

    // the risk's partner, so that a partner user's lists are scoped without another lookup
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", nullable = false)
    private OwnerSide ownerSide;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MitigationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_note")
    private String completionNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MitigationAction() {
    }

    private MitigationAction(UUID riskId) {
        super(riskId);
    }

    /**
     * Plans an action on a risk.
     *
     * @throws ValidationException naming {@code dueOn} when the due date has passed
     */
    public static MitigationAction plan(UUID riskId, UUID partnerId, String description, OwnerSide ownerSide,
                                        String ownerName, LocalDate dueOn, LocalDate today, String createdBy,
                                        Instant now) {
        if (dueOn.isBefore(today)) {
            throw new ValidationException("dueOn", "must not be in the past (today is " + today + ")");
        }
        MitigationAction action = new MitigationAction(riskId);
        action.partnerId = partnerId;
        action.description = description;
        action.ownerSide = ownerSide;
        action.ownerName = ownerName;
        action.dueOn = dueOn;
        action.status = MitigationStatus.PLANNED;
        action.createdBy = createdBy;
        action.createdAt = now;
        return action;
    }

    /**
     * Moves the action to {@code to}; completing it records when (today when not given, never in the
     * future) and an optional note.
     *
     * @throws IllegalTransitionException when the move is not allowed
     */
    public void changeStatus(MitigationStatus to, String reason, LocalDate completedOn, String completionNote,
                             LocalDate today) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("Mitigation action " + id() + " cannot move from " + status + " to "
                    + to + "; allowed: " + status.next());
        }
        if (to == MitigationStatus.COMPLETED) {
            LocalDate on = completedOn == null ? today : completedOn;
            if (on.isAfter(today)) {
                throw new ValidationException("completedOn", "must not be in the future (today is " + today + ")");
            }
            this.completedOn = on;
            this.completionNote = completionNote;
        } else if (completedOn != null) {
            throw new ValidationException("completedOn", "is only given when the action is COMPLETED");
        }
        status = to;
        statusReason = reason;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isPending() && dueOn.isBefore(today);
    }



    public UUID partnerId() {
        return partnerId;
    }

    public String description() {
        return description;
    }

    public OwnerSide ownerSide() {
        return ownerSide;
    }

    public String ownerName() {
        return ownerName;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public MitigationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completionNote() {
        return completionNote;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

}
