package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.retire.Retirement;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * A risk in the joint register of a partnership: what could go wrong, with whom, how likely and how
 * bad, who owns it and where it stands. The score changes only through {@link #rescore}, which
 * returns the history entry to keep; the status only through {@link #changeStatus}.
 */
@Entity
// a partner user reads only the joint risks of their partner
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or (joint and partner_id = :partnerId))")
@Table(name = "risk")
@Audited
public class Risk {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskCategory category;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "agreement_id")
    private UUID agreementId;

    @Column(name = "sow_id")
    private UUID sowId;

    @Column(name = "milestone_id")
    private UUID milestoneId;

    // agreements the risk also concerns, e.g. every agreement in force of a suspended partner
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_linked_agreement", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "agreement_id")
    private Set<UUID> linkedAgreementIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", nullable = false)
    private OwnerSide ownerSide;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    private boolean joint;

    private int likelihood;

    private int impact;

    // kept with likelihood and impact so that the register sorts and sums scores in the database
    private int score;

    @Column(name = "residual_likelihood")
    private Integer residualLikelihood;

    @Column(name = "residual_impact")
    private Integer residualImpact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskStatus status;

    // set once, when the risk is retired (never deleted); null while it is in the register
    @Embedded
    private Retirement retirement;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_frequency")
    private ReviewFrequency reviewFrequency;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_by_name", nullable = false)
    private String raisedByName;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "cause_event_id")
    private String causeEventId;

    @Version
    private long version;

    protected Risk() {
    }

    /**
     * Raises a risk, OPEN, due for its first review one period after {@code identifiedOn}.
     *
     * @param causeEventId the event that raised it, or null when a person did
     * @return the risk and the first entry of its score history
     */
    public static Raised raise(UUID partnerId, RiskDetails details, RiskScore score, LocalDate identifiedOn,
                               RagBands bands, Actor actor, Instant now, String causeEventId, String reason) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.partnerId = partnerId;
        risk.status = RiskStatus.OPEN;
        risk.identifiedOn = identifiedOn;
        risk.raisedBy = actor.id();
        risk.raisedByName = actor.name();
        risk.raisedAt = now;
        risk.causeEventId = causeEventId;
        risk.apply(details);
        risk.scoreAs(score, bands);
        return new Raised(risk, RiskScoreChange.first(risk.id, score, reason, causeEventId, actor, now));
    }

    /** A risk just raised, with the first entry of its score history. */
    public record Raised(Risk risk, RiskScoreChange firstScore) {
    }

    /** Replaces the descriptive fields; the review date follows a changed frequency. */
    public void revise(RiskDetails details, RagBands bands) {
        apply(details);
        scheduleNextReview(bands);
    }

    /**
     * Re-scores the risk, keeping the previous score in the returned history entry.
     *
     * @throws IllegalTransitionException for a closed risk: reopen it first
     * @throws BusinessRuleException      when the score does not change
     */
    public RiskScoreChange rescore(RiskScore to, String reason, String causeEventId, RagBands bands, Actor actor,
                                   Instant now) {
        if (status == RiskStatus.CLOSED) {
            throw new IllegalTransitionException("Risk " + id + " is CLOSED: reopen it before re-scoring it");
        }
        RiskScore from = score();
        if (from.equals(to)) {
            throw new BusinessRuleException("Risk " + id + " is already scored " + to);
        }
        scoreAs(to, bands);
        return RiskScoreChange.rescored(id, from, to, reason, causeEventId, actor, now);
    }

    /**
     * Moves the risk to {@code to} with {@code reason}. A closed risk needs no reviews; a reopened one is
     * due one period after today.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow the move
     */
    /**
     * Retires the risk: it leaves the register (lists, views, rules) but keeps its history. A retired risk is
     * not retired again.
     *
     * @throws IllegalTransitionException when it is retired already
     */
    public void retire(String by, String reason, Instant at) {
        if (isRetired()) {
            throw new IllegalTransitionException("The risk was retired on " + retirement.retiredAt());
        }
        retirement = new Retirement(at, by, reason);
    }

    public boolean isRetired() {
        return retirement != null && retirement.retiredAt() != null;
    }

    public Optional<Retirement> retirement() {
        return isRetired() ? Optional.of(retirement) : Optional.empty();
    }

    public void changeStatus(RiskStatus to, String reason, RagBands bands, LocalDate today) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("Risk " + id + " cannot move from " + status + " to " + to
                    + "; allowed: " + status.next());
        }
        boolean reopened = status == RiskStatus.CLOSED;
        status = to;
        statusReason = reason;
        if (reopened) {
            // the review clock restarts when a closed risk comes back
            lastReviewedOn = today;
        }
        scheduleNextReview(bands);
    }

    /**
     * Records a periodic review of the risk as it is scored now; the next one is due a period later.
     *
     * @throws IllegalTransitionException for a closed risk
     * @throws BusinessRuleException      naming {@code reviewedOn} for a date before the risk was identified
     */
    public RiskReview review(LocalDate reviewedOn, ReviewDecision decision, String notes, RagBands bands,
                             Actor actor, Instant now) {
        if (status == RiskStatus.CLOSED) {
            throw new IllegalTransitionException("Risk " + id + " is CLOSED: closed risks are not reviewed");
        }
        if (reviewedOn.isBefore(identifiedOn)) {
            throw BusinessRuleException.onField("reviewedOn", "is before the risk was identified (" + identifiedOn
                    + ")");
        }
        if (lastReviewedOn == null || !reviewedOn.isBefore(lastReviewedOn)) {
            lastReviewedOn = reviewedOn;
        }
        scheduleNextReview(bands);
        return RiskReview.of(this, reviewedOn, decision, notes, score().rag(bands), actor, now);
    }

    /** The review frequency in force: the risk's own, or the one its RAG gives. */
    public ReviewFrequency effectiveReviewFrequency(RagBands bands) {
        return reviewFrequency != null ? reviewFrequency : ReviewFrequency.forRag(score().rag(bands));
    }

    public boolean isReviewOverdue(LocalDate today) {
        return nextReviewOn != null && nextReviewOn.isBefore(today);
    }

    private void apply(RiskDetails details) {
        title = details.title();
        description = details.description();
        category = details.category();
        agreementId = details.agreementId();
        sowId = details.sowId();
        milestoneId = details.milestoneId();
        ownerSide = details.ownerSide();
        ownerName = details.ownerName();
        joint = details.joint();
        residualLikelihood = details.residual() == null ? null : details.residual().likelihood();
        residualImpact = details.residual() == null ? null : details.residual().impact();
        reviewFrequency = details.reviewFrequency();
    }

    /** Links the agreements the risk also concerns; links are only ever added. */
    public void linkAgreements(Collection<UUID> agreementIds) {
        linkedAgreementIds.addAll(agreementIds);
    }

    /** Links the risk to a SOW when it has none yet (an event names the SOW it concerns). */
    public void linkSow(UUID sow) {
        if (sowId == null) {
            sowId = sow;
        }
    }

    private void scoreAs(RiskScore to, RagBands bands) {
        likelihood = to.likelihood();
        impact = to.impact();
        score = to.value();
        scheduleNextReview(bands);
    }

    private void scheduleNextReview(RagBands bands) {
        if (status == RiskStatus.CLOSED) {
            nextReviewOn = null;
            return;
        }
        LocalDate from = lastReviewedOn != null ? lastReviewedOn : identifiedOn;
        nextReviewOn = effectiveReviewFrequency(bands).after(from);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public RiskCategory category() {
        return category;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public UUID sowId() {
        return sowId;
    }

    public UUID milestoneId() {
        return milestoneId;
    }

    /** The agreements the risk also concerns, in a stable order. */
    public List<UUID> linkedAgreementIds() {
        return linkedAgreementIds.stream().sorted().toList();
    }

    public OwnerSide ownerSide() {
        return ownerSide;
    }

    public String ownerName() {
        return ownerName;
    }

    public boolean joint() {
        return joint;
    }

    public RiskScore score() {
        return new RiskScore(likelihood, impact);
    }

    public Optional<RiskScore> residual() {
        return residualLikelihood == null ? Optional.empty()
                : Optional.of(new RiskScore(residualLikelihood, residualImpact));
    }

    public RiskStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    /** The risk's own review frequency, if it overrides the RAG's. */
    public Optional<ReviewFrequency> reviewFrequencyOverride() {
        return Optional.ofNullable(reviewFrequency);
    }

    public LocalDate identifiedOn() {
        return identifiedOn;
    }

    public LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public String raisedByName() {
        return raisedByName;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public long version() {
        return version;
    }

    public RiskDetails details() {
        return new RiskDetails(title, description, category, agreementId, sowId, milestoneId, ownerSide, ownerName,
                joint, residual().orElse(null), reviewFrequency);
    }
}
