package com.partnershipgovernance.agreement.change.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A proposed change to what was agreed with a partner (an MSA, SOW or quality agreement, or how it is carried
 * out), with its impact assessment. Who must approve it is fixed when it is proposed, from the change-control
 * responsibility of the quality agreement then in force ({@link ApprovalPolicy}).
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "change_request")
@Audited
public class ChangeRequest {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_kind", nullable = false, updatable = false)
    private AgreementKind agreementKind;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String reason;

    @Embedded
    private ImpactAssessment impact;

    // the quality agreement's CHANGE_CONTROL entry when proposed; null when none was in force
    @Enumerated(EnumType.STRING)
    @Column(name = "change_control")
    private Responsibility changeControl;

    @Column(name = "sponsor_approval_required", nullable = false, updatable = false)
    private boolean sponsorApprovalRequired;

    @Column(name = "partner_approval_required", nullable = false, updatable = false)
    private boolean partnerApprovalRequired;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "decision", column = @Column(name = "sponsor_decision")),
            @AttributeOverride(name = "decidedBy", column = @Column(name = "sponsor_decided_by")),
            @AttributeOverride(name = "decidedByName", column = @Column(name = "sponsor_decided_by_name")),
            @AttributeOverride(name = "decidedAt", column = @Column(name = "sponsor_decided_at")),
            @AttributeOverride(name = "comment", column = @Column(name = "sponsor_comment"))})
    private PartyDecision sponsorDecision;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "decision", column = @Column(name = "partner_decision")),
            @AttributeOverride(name = "decidedBy", column = @Column(name = "partner_decided_by")),
            @AttributeOverride(name = "decidedByName", column = @Column(name = "partner_decided_by_name")),
            @AttributeOverride(name = "decidedAt", column = @Column(name = "partner_decided_at")),
            @AttributeOverride(name = "comment", column = @Column(name = "partner_comment"))})
    private PartyDecision partnerDecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeRequestStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // touched by every change so that lists sort by activity; the revisions carry the time
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    /** What a proposal says. */
    public record Proposal(UUID partnerId, AgreementKind agreementKind, UUID agreementId, String title,
                           String description, String reason, ImpactAssessment impact) {
    }

    /** A move of the status, to be announced. */
    public record Move(ChangeRequestStatus from, ChangeRequestStatus to) {
    }

    /**
     * Records a proposal, PROPOSED, with the approvals the change-control responsibility requires.
     *
     * @param changeControl the CHANGE_CONTROL entry of the quality agreement in force, null if none
     */
    public static ChangeRequest propose(Proposal p, Responsibility changeControl, String proposedBy, Instant now) {
        ChangeRequest cr = new ChangeRequest();
        cr.id = UUID.randomUUID();
        cr.partnerId = p.partnerId();
        cr.agreementKind = p.agreementKind();
        cr.agreementId = p.agreementId();
        cr.title = p.title();
        cr.description = p.description();
        cr.reason = p.reason();
        cr.impact = p.impact();
        cr.changeControl = changeControl;
        Set<ApprovingParty> required = ApprovalPolicy.requiredApprovals(changeControl);
        cr.sponsorApprovalRequired = required.contains(ApprovingParty.SPONSOR);
        cr.partnerApprovalRequired = required.contains(ApprovingParty.PARTNER);
        cr.status = ChangeRequestStatus.PROPOSED;
        cr.proposedBy = proposedBy;
        cr.createdAt = now;
        cr.updatedAt = now;
        return cr;
    }

    /**
     * Records {@code party}'s decision. A rejection rejects the change; the last required approval approves it.
     *
     * @return the move it caused, if any
     * @throws ConflictException     (409) unless PROPOSED, or when the party already decided
     * @throws BusinessRuleException (422) naming {@code party} when its approval is not required
     */
    public Optional<Move> decide(ApprovingParty party, ApprovalDecision decision, String comment, String by,
                                 String byName, Instant now) {
        if (status != ChangeRequestStatus.PROPOSED) {
            throw new ConflictException("The change request is " + status + ": only a PROPOSED change is decided");
        }
        if (!requiredApprovals().contains(party)) {
            throw BusinessRuleException.onField("party", "is " + party + ": the change-control responsibility ("
                    + (changeControl == null ? "no quality agreement in force" : changeControl)
                    + ") requires approval by " + requiredApprovals());
        }
        if (decisionOf(party).isPresent()) {
            throw new ConflictException("The " + party + " already decided this change request");
        }
        PartyDecision made = new PartyDecision(decision, by, byName, now, comment);
        if (party == ApprovingParty.SPONSOR) {
            sponsorDecision = made;
        } else {
            partnerDecision = made;
        }
        updatedAt = now;
        ChangeRequestStatus from = status;
        if (decision == ApprovalDecision.REJECTED) {
            status = ChangeRequestStatus.REJECTED;
        } else if (requiredApprovals().stream().allMatch(p -> decisionOf(p).isPresent())) {
            status = ChangeRequestStatus.APPROVED;
        }
        return from == status ? Optional.empty() : Optional.of(new Move(from, status));
    }

    /**
     * Implements, closes or withdraws the change.
     *
     * @throws IllegalTransitionException (409) when the table does not allow it (approval is by decisions only)
     */
    public Move moveTo(ChangeRequestStatus to, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("The change request is " + status + " and cannot become " + to
                    + "; allowed: " + status.next() + (status == ChangeRequestStatus.PROPOSED
                    ? " (it is approved or rejected by the responsible parties' decisions)" : ""));
        }
        Move move = new Move(status, to);
        status = to;
        updatedAt = now;
        return move;
    }

    /** The parties whose approval the change needs. */
    public Set<ApprovingParty> requiredApprovals() {
        Set<ApprovingParty> parties = EnumSet.noneOf(ApprovingParty.class);
        if (sponsorApprovalRequired) {
            parties.add(ApprovingParty.SPONSOR);
        }
        if (partnerApprovalRequired) {
            parties.add(ApprovingParty.PARTNER);
        }
        return parties;
    }

    public Optional<PartyDecision> decisionOf(ApprovingParty party) {
        PartyDecision d = party == ApprovingParty.SPONSOR ? sponsorDecision : partnerDecision;
        return d != null && d.isMade() ? Optional.of(d) : Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public AgreementKind agreementKind() {
        return agreementKind;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String reason() {
        return reason;
    }

    public ImpactAssessment impact() {
        return impact;
    }

    public Responsibility changeControl() {
        return changeControl;
    }

    public ChangeRequestStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
