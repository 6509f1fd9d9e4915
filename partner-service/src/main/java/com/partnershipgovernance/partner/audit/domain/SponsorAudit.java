package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An audit the sponsor runs on a partner (qualification, routine or for-cause): planned, performed,
 * then closed once its critical and major findings are closed; or cancelled before it took place.
 * Findings are raised through the audit, which checks their dates against the audit's own.
 */
@Entity
@Table(name = "sponsor_audit")
@Audited
public class SponsorAudit extends PartnerRecord {

    @Column(name = "site_id")
    private UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(nullable = false)
    private String scope;

    @Column(name = "lead_auditor", nullable = false)
    private String leadAuditor;

    @ElementCollection
    @CollectionTable(name = "sponsor_audit_auditor", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "auditor")
    private Set<String> auditors = new HashSet<>();

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "performed_on")
    private LocalDate performedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Why it was last moved in its lifecycle (performed, closed or cancelled). */
    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SponsorAudit() {
    }

    private SponsorAudit(UUID partnerId, AuditPlan plan, Instant now) {
        super(partnerId);
        this.status = AuditStatus.PLANNED;
        this.createdAt = now;
        apply(plan);
    }

    /** Plans an audit of the partner. */
    public static SponsorAudit plan(UUID partnerId, AuditPlan plan, Instant now) {
        return new SponsorAudit(partnerId, plan, now);
    }

    /**
     * Replaces the planning data (type, site, scope, auditors, planned date).
     *
     * @throws ConflictException when the audit is closed or cancelled: its record is final
     */
    public void revise(AuditPlan plan) {
        requireOpen("edited");
        apply(plan);
    }

    private void apply(AuditPlan plan) {
        type = plan.type();
        siteId = plan.siteId();
        scope = plan.scope();
        leadAuditor = plan.leadAuditor();
        auditors.retainAll(plan.auditors());
        auditors.addAll(plan.auditors());
        plannedOn = plan.plannedOn();
    }

    /**
     * Records that the audit took place on {@code on}; it may have been brought forward, but cannot
     * lie in the future.
     *
     * @throws IllegalTransitionException unless the audit is PLANNED
     * @throws ValidationException        naming {@code performedOn} when it is after {@code today}
     */
    public void perform(LocalDate on, LocalDate today, String reason) {
        requireMove(AuditStatus.PERFORMED);
        if (on.isAfter(today)) {
            throw new ValidationException("performedOn", "must not be in the future (today is " + today + ")");
        }
        status = AuditStatus.PERFORMED;
        performedOn = on;
        statusReason = reason;
    }

    /**
     * Closes the audit on {@code today}, if {@link AuditClosingPolicy} allows it.
     *
     * @param findings every finding of this audit
     * @return what the closure announces, with the audit's finding counts
     * @throws IllegalTransitionException unless the audit is PERFORMED
     * @throws AuditClosingPolicy.AuditNotClosableException while a critical or major finding is not closed
     */
    public AuditClosure close(Collection<Finding> findings, String reason, LocalDate today) {
        requireMove(AuditStatus.CLOSED);
        if (findings.stream().anyMatch(f -> !f.auditId().equals(id()))) {
            throw new IllegalArgumentException("Findings of another audit");
        }
        AuditClosingPolicy.requireClosable(findings);
        status = AuditStatus.CLOSED;
        closedOn = today;
        statusReason = reason;
        return new AuditClosure(partnerId(), id(), type, closedOn, FindingCounts.of(findings));
    }

    /**
     * Cancels a planned audit.
     *
     * @throws IllegalTransitionException unless the audit is PLANNED
     */
    public void cancel(String reason) {
        requireMove(AuditStatus.CANCELLED);
        status = AuditStatus.CANCELLED;
        statusReason = reason;
    }

    /**
     * Raises finding number {@code number} of this audit.
     *
     * @throws ConflictException   unless the audit is PERFORMED: findings come from a performed audit
     * @throws ValidationException naming {@code responseDueOn} when it is missing or before the audit
     */
    public Finding raiseFinding(int number, FindingDetails details, Instant now) {
        if (status != AuditStatus.PERFORMED) {
            throw new ConflictException("Findings are raised on a PERFORMED audit; this audit is " + status);
        }
        checkResponseDue(details.severity(), details.responseDueOn());
        return new Finding(this, number, details, now);
    }

    /**
     * Revises a finding of this audit (reclassification, due-date extension, wording).
     *
     * @throws ConflictException     when the finding is closed, or the audit is cancelled
     * @throws ProblemException       (422) when a closed audit's finding would become critical or major
     */
    public void reviseFinding(Finding finding, FindingDetails details) {
        requireOwn(finding);
        if (status == AuditStatus.CLOSED && details.severity().blocksAuditClosure()) {
            // the audit closed because none of its critical or major findings was open: keep it so
            throw new ProblemException(ProblemType.BUSINESS_RULE, "The audit is CLOSED: its findings cannot "
                    + "become " + details.severity() + "; raise a for-cause audit instead",
                    List.of(new Problem.FieldError("severity",
                            "cannot be " + details.severity() + " in a closed audit")));
        }
        checkResponseDue(details.severity(), details.responseDueOn());
        finding.revise(details);
    }

    /**
     * Sends the partner's response back: the finding is OPEN again, with a new due date if given.
     *
     * @throws ValidationException naming {@code responseDueOn} when it is before the audit
     */
    public void rejectResponse(Finding finding, String reason, LocalDate newResponseDueOn) {
        requireOwn(finding);
        if (newResponseDueOn != null) {
            checkResponseDue(finding.severity(), newResponseDueOn);
        }
        finding.rejectResponse(reason, newResponseDueOn);
    }

    private void checkResponseDue(FindingSeverity severity, LocalDate responseDueOn) {
        if (responseDueOn == null) {
            if (severity.requiresResponse()) {
                throw new ValidationException("responseDueOn", "is required for a " + severity + " finding");
            }
            return;
        }
        if (responseDueOn.isBefore(performedOn)) {
            throw new ValidationException("responseDueOn",
                    "must not be before the audit was performed (" + performedOn + ")");
        }
    }

    /**
     * Whether the audit is late on {@code today}: not performed by its planned date, or performed
     * more than {@code closeWithinDays} ago and not closed.
     */
    public Optional<AuditOverdue> overdue(LocalDate today, int closeWithinDays) {
        if (status == AuditStatus.PLANNED && plannedOn.isBefore(today)) {
            return Optional.of(new AuditOverdue(AuditOverdue.Kind.NOT_PERFORMED, plannedOn,
                    ChronoUnit.DAYS.between(plannedOn, today)));
        }
        if (status == AuditStatus.PERFORMED) {
            LocalDate closeBy = performedOn.plusDays(closeWithinDays);
            if (closeBy.isBefore(today)) {
                return Optional.of(new AuditOverdue(AuditOverdue.Kind.NOT_CLOSED, closeBy,
                        ChronoUnit.DAYS.between(closeBy, today)));
            }
        }
        return Optional.empty();
    }

    private void requireMove(AuditStatus to) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("An audit " + status + " cannot become " + to + "; allowed: "
                    + status.next());
        }
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            throw new ConflictException("The audit is " + status + ": its record is final and cannot be " + what);
        }
    }

    private void requireOwn(Finding finding) {
        if (!finding.auditId().equals(id())) {
            throw new IllegalArgumentException("Finding " + finding.id() + " is not one of audit " + id());
        }
        if (status == AuditStatus.CANCELLED) {
            throw new ConflictException("The audit is CANCELLED");
        }
    }

    public UUID siteId() {
        return siteId;
    }

    public AuditType type() {
        return type;
    }

    public AuditStatus status() {
        return status;
    }

    public String scope() {
        return scope;
    }

    public String leadAuditor() {
        return leadAuditor;
    }

    public Set<String> auditors() {
        return Set.copyOf(auditors);
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
