package com.partnershipgovernance.kpi.review.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The completion of one action of a signed steering-committee review (by its position in the review's
 * actions). Kept beside the review, so that closing an action leaves what the chair signed unchanged.
 */
@Entity
@Filter(name = PartnerScope.FILTER,
        condition = "(:unconfined or review_id"
                + " in (select c.review_id from steering_committee_review_partner c where c.partner_id = :partnerId))")
@Table(name = "review_action_completion")
@Audited
public class ActionCompletion {

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private UUID reviewId;

    @Column(name = "action_index", nullable = false, updatable = false)
    private int actionIndex;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    private String note;

    @Column(name = "completed_by", nullable = false)
    private String completedBy;

    @Column(name = "completed_by_name", nullable = false)
    private String completedByName;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Version
    private long version;

    protected ActionCompletion() {
    }

    /** Completes action {@code actionIndex} of {@code review}, which must be signed (409 before). */
    public static ActionCompletion of(SteeringCommitteeReview review, int actionIndex, LocalDate completedOn,
                                      String note, String actorId, String actorName, Instant now) {
        review.requireSignedForActions();
        ActionCompletion completion = new ActionCompletion();
        completion.id = UUID.randomUUID();
        completion.reviewId = review.id();
        completion.actionIndex = actionIndex;
        completion.completedOn = completedOn;
        completion.note = note;
        completion.completedBy = actorId;
        completion.completedByName = actorName;
        completion.completedAt = now;
        return completion;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public int actionIndex() {
        return actionIndex;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String note() {
        return note;
    }

    public String completedByName() {
        return completedByName;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
