package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A finding of a sponsor audit, with its severity and follow-up: the partner's response (its CAPA
 * plan) is due by a date; the sponsor's quality accepts it by closing the finding, or rejects it.
 * Raised and revised through its {@link SponsorAudit}, which checks the dates.
 */
@Entity
@Table(name = "audit_finding")
@Audited
public class Finding extends PartnerRecord {

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    /** 1, 2, 3... within its audit, as the audit report numbers them. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingSeverity severity;

    private String requirement;

    @Column(nullable = false)
    private String description;

    @Column(name = "response_due_on")
    private LocalDate responseDueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingStatus status;

    /** The partner's latest response: root cause, corrections and CAPA plan. */
    private String response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_by_name")
    private String respondedByName;

    /** Quality's latest word on the follow-up: why a response was rejected, or how the finding closed. */
    @Column(name = "sponsor_note")
    private String sponsorNote;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected Finding() {
    }

    Finding(SponsorAudit audit, int number, FindingDetails details, Instant now) {
        super(audit.partnerId());
        this.auditId = audit.id();
        this.number = number;
        this.status = FindingStatus.OPEN;
        this.raisedAt = now;
        apply(details);
    }

    void revise(FindingDetails details) {
        if (status == FindingStatus.CLOSED) {
            throw new ConflictException("Finding #" + number + " is CLOSED: its record is final");
        }
        apply(details);
    }

    private void apply(FindingDetails details) {
        severity = details.severity();
        requirement = details.requirement();
        description = details.description();
        responseDueOn = details.responseDueOn();
    }

    /**
     * Records the partner's response (whoever enters it: the partner's user or quality on its behalf).
     *
     * @throws IllegalTransitionException unless the finding is OPEN
     */
    public void respond(String text, String actorId, String actorName, Instant now) {
        requireMove(FindingStatus.RESPONSE_RECEIVED);
        status = FindingStatus.RESPONSE_RECEIVED;
        response = text.strip();
        respondedAt = now;
        respondedBy = actorId;
        respondedByName = actorName;
    }

    void rejectResponse(String reason, LocalDate newResponseDueOn) {
        requireMove(FindingStatus.OPEN);
        status = FindingStatus.OPEN;
        sponsorNote = reason;
        if (newResponseDueOn != null) {
            responseDueOn = newResponseDueOn;
        }
    }

    /**
     * Closes the finding: quality accepted the response and the follow-up is done. A finding that
     * needs a response closes only from RESPONSE_RECEIVED (not while awaiting a first or revised one).
     *
     * @throws IllegalTransitionException when the finding is already closed
     * @throws BusinessRuleException      when a response is needed and none is pending review
     */
    public void close(String note, String actorId, LocalDate today) {
        requireMove(FindingStatus.CLOSED);
        if (severity.requiresResponse() && status != FindingStatus.RESPONSE_RECEIVED) {
            throw new BusinessRuleException("A " + severity + " finding closes only once the partner's response "
                    + "was received; finding #" + number + " is " + status);
        }
        status = FindingStatus.CLOSED;
        sponsorNote = note;
        closedOn = today;
        closedBy = actorId;
    }

    private void requireMove(FindingStatus to) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("A finding " + status + " cannot become " + to + "; allowed: "
                    + status.next());
        }
    }

    /** Days the partner's response is late on {@code today}; empty unless a response is awaited and overdue. */
    public OptionalLong responseDaysOverdue(LocalDate today) {
        if (status != FindingStatus.OPEN || responseDueOn == null || !responseDueOn.isBefore(today)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(responseDueOn, today));
    }

    public UUID auditId() {
        return auditId;
    }

    public int number() {
        return number;
    }

    public FindingSeverity severity() {
        return severity;
    }

    public String requirement() {
        return requirement;
    }

    public String description() {
        return description;
    }

    public LocalDate responseDueOn() {
        return responseDueOn;
    }

    public FindingStatus status() {
        return status;
    }

    public String response() {
        return response;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public String respondedByName() {
        return respondedByName;
    }

    public String sponsorNote() {
        return sponsorNote;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
