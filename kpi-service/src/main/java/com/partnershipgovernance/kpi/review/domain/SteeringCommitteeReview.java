package com.partnershipgovernance.kpi.review.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting of the joint steering committee: when it was held, who attended from both sides, which
 * partners and KPIs it reviewed, what it decided and which actions it gave to whom. It keeps the
 * dashboards of the reviewed partners as they stood (a JSON snapshot later measurements do not change).
 * Once the chair has signed it, it is not edited any more.
 */
@Entity
// a joint review is readable by each partner it covers
@Filter(name = PartnerScope.FILTER,
        condition = "(:unconfined or id"
                + " in (select c.review_id from steering_committee_review_partner c where c.partner_id = :partnerId))")
@Table(name = "steering_committee_review")
@Audited
public class SteeringCommitteeReview {

    @Id
    private UUID id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Convert(converter = JsonListConverters.Attendees.class)
    @Column(nullable = false)
    private List<Attendee> attendees;

    @ElementCollection
    @CollectionTable(name = "steering_committee_review_partner", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "partner_id")
    private Set<UUID> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "steering_committee_review_kpi", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "kpi_code")
    private Set<String> kpiCodes = new HashSet<>();

    @Convert(converter = JsonListConverters.Decisions.class)
    @Column(nullable = false)
    private List<String> decisions;

    @Convert(converter = JsonListConverters.Actions.class)
    @Column(nullable = false)
    private List<ReviewAction> actions;

    /** The dashboards of the reviewed partners as they stood when the review was recorded (JSON). */
    @Column(name = "dashboard_snapshot", nullable = false)
    private String dashboardSnapshot;

    @Column(name = "snapshot_taken_at", nullable = false)
    private Instant snapshotTakenAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private ElectronicSignature signature;

    @Version
    private long version;

    protected SteeringCommitteeReview() {
    }

    /** Records a review, with the dashboards as they stand now. */
    public static SteeringCommitteeReview record(ReviewContent content, String snapshot, String actorId,
                                                 String actorName, Instant now) {
        check(content);
        SteeringCommitteeReview review = new SteeringCommitteeReview();
        review.id = UUID.randomUUID();
        review.recordedBy = actorId;
        review.recordedByName = actorName;
        review.recordedAt = now;
        review.take(content, snapshot, now);
        return review;
    }

    /** Replaces what the review says (and takes the snapshot again); refused once signed (409). */
    public void revise(ReviewContent content, String snapshot, Instant now) {
        requireUnsigned("edited");
        check(content);
        take(content, snapshot, now);
    }

    /** Applies the chair's signature; a review is signed once (409 after). */
    public void sign(ElectronicSignature chairSignature) {
        requireUnsigned("signed again");
        this.signature = chairSignature;
    }

    /**
     * The rules of a review's content: at least one attendee from each side (422 naming {@code attendees}),
     * and no action due before the review was held (400 naming {@code actions[i].dueOn}).
     */
    public static void check(ReviewContent content) {
        for (int i = 0; i < content.actions().size(); i++) {
            LocalDate due = content.actions().get(i).dueOn();
            if (due != null && due.isBefore(content.heldOn())) {
                throw new ValidationException("actions[" + i + "].dueOn",
                        "must not be before the review date " + content.heldOn());
            }
        }
        Set<Organisation> sides = new HashSet<>();
        content.attendees().forEach(a -> sides.add(a.organisation()));
        if (!sides.containsAll(Set.of(Organisation.SPONSOR, Organisation.PARTNER))) {
            throw BusinessRuleException.onField("attendees",
                    "must include attendees of both the sponsor and the partner: the committee is joint");
        }
    }

    private void take(ReviewContent content, String snapshot, Instant now) {
        this.heldOn = content.heldOn();
        this.attendees = content.attendees();
        this.partnerIds.clear();
        this.partnerIds.addAll(content.partnerIds());
        this.kpiCodes.clear();
        this.kpiCodes.addAll(content.kpiCodes());
        this.decisions = content.decisions();
        this.actions = content.actions();
        this.dashboardSnapshot = snapshot;
        this.snapshotTakenAt = now;
    }

    /** Refuses (409) once the chair has signed: a signed review is neither edited nor signed again. */
    public void requireUnsigned(String what) {
        if (isSigned()) {
            throw new IllegalTransitionException("The review of " + heldOn + " was signed by the chair on "
                    + signature.signedAt() + " and cannot be " + what);
        }
    }

    /** Refuses (409) to complete actions of a review not signed yet: they may still change. */
    public void requireSignedForActions() {
        if (!isSigned()) {
            throw new IllegalTransitionException("The actions of the review of " + heldOn
                    + " can be completed once the chair has signed it");
        }
    }

    /** What the review says, in a stable order. */
    public ReviewContent content() {
        return new ReviewContent(heldOn, attendees, List.copyOf(partnerIds), List.copyOf(kpiCodes), decisions, actions);
    }

    /** What the chair's signature covers: the content and the dashboard snapshot. */
    public SignedReview signedContent() {
        return new SignedReview(id, content(), dashboardSnapshot);
    }

    /** The content a signature pins. */
    public record SignedReview(UUID id, ReviewContent content, String dashboardSnapshot) {
    }

    public boolean isSigned() {
        return signature != null && signature.signerId() != null;
    }

    public boolean covers(UUID partnerId) {
        return partnerIds.contains(partnerId);
    }

    public UUID id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<ReviewAction> actions() {
        return actions;
    }

    public String dashboardSnapshot() {
        return dashboardSnapshot;
    }

    public Instant snapshotTakenAt() {
        return snapshotTakenAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public ElectronicSignature signature() {
        return signature;
    }

    public long version() {
        return version;
    }
}
