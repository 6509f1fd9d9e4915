package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A GMP deviation at a partner: what happened, when it occurred and was reported to the sponsor, how severe
 * it is, what the investigation found and which CAPA actions follow. Its lifecycle is {@link DeviationStatus};
 * closing it is a signed decision that needs a root cause and no open CAPA action.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "deviation")
@Audited
public class Deviation {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Column(name = "sow_id", nullable = false, updatable = false)
    private UUID sowId;

    @Column(name = "batch_number")
    private String batchNumber;

    @Column(name = "external_ref")
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviationCategory category;

    @Enumerated(EnumType.STRING)
    @Column
    private DeviationSeverity severity;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    // null while the severity or an executed quality agreement is missing: there is no timeline to judge by
    @Column(name = "notified_on_time")
    private Boolean notifiedOnTime;

    @Column(nullable = false)
    private String description;

    @Column
    private String investigation;

    @Column(name = "root_cause")
    private String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviationStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Embedded
    private ElectronicSignature closureSignature;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // touched by every change (CAPA actions too), so that the ETag moves
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "deviation", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CapaAction> capaActions = new ArrayList<>();

    @Version
    private long version;

    protected Deviation() {
    }

    /** What a report says; {@code severity} may be null until quality classifies it. */
    public record Report(UUID partnerId, UUID sowId, String batchNumber, String externalRef,
                         DeviationCategory category, DeviationSeverity severity, LocalDate occurredOn,
                         LocalDate reportedOn, String description) {
    }

    /**
     * Records a reported deviation.
     *
     * @param notifiedOnTime as judged by the quality agreement's timeline; null when it cannot be judged
     * @throws ValidationException (400) naming {@code occurredOn} or {@code reportedOn} when a date is in the
     *                             future or the deviation is reported before it occurred
     */
    public static Deviation report(Report report, Boolean notifiedOnTime, String reportedBy, LocalDate today,
                                   Instant now) {
        checkDates(report.occurredOn(), report.reportedOn(), today);
        Deviation d = new Deviation();
        d.id = UUID.randomUUID();
        d.partnerId = report.partnerId();
        d.sowId = report.sowId();
        d.batchNumber = report.batchNumber();
        d.externalRef = report.externalRef();
        d.category = report.category();
        d.severity = report.severity();
        d.occurredOn = report.occurredOn();
        d.reportedOn = report.reportedOn();
        d.description = report.description();
        d.notifiedOnTime = notifiedOnTime;
        d.status = DeviationStatus.REPORTED;
        d.reportedBy = reportedBy;
        d.createdAt = now;
        d.updatedAt = now;
        return d;
    }

    /** Reported not before it occurred, and neither in the future. */
    public static void checkDates(LocalDate occurredOn, LocalDate reportedOn, LocalDate today) {
        if (occurredOn.isAfter(today)) {
            throw new ValidationException("occurredOn", "must not be in the future (today is " + today + ")");
        }
        if (reportedOn.isAfter(today)) {
            throw new ValidationException("reportedOn", "must not be in the future (today is " + today + ")");
        }
        if (reportedOn.isBefore(occurredOn)) {
            throw new ValidationException("reportedOn", "must not be before occurredOn (" + occurredOn + ")");
        }
    }

    /**
     * Sets or changes the severity, with the timeliness judged anew for it.
     *
     * @return the severity before, null if it was not classified
     * @throws ConflictException (409) when closed or already of that severity
     */
    public DeviationSeverity classify(DeviationSeverity to, Boolean notifiedOnTime, Instant now) {
        requireOpen();
        if (to == severity) {
            throw new ConflictException("The deviation is already classified " + to);
        }
        DeviationSeverity previous = severity;
        severity = to;
        this.notifiedOnTime = notifiedOnTime;
        updatedAt = now;
        return previous;
    }

    /** Records what the investigation found so far; the root cause may still be unknown (null). */
    public void recordInvestigation(String findings, String cause, Instant now) {
        requireOpen();
        investigation = findings;
        rootCause = cause;
        updatedAt = now;
    }

    /**
     * Adds a CAPA action.
     *
     * @throws ConflictException   (409) unless the deviation is under investigation or its CAPA is in progress
     * @throws ValidationException (400) naming {@code dueOn} when it is in the past
     */
    public CapaAction addCapaAction(String actionDescription, String owner, LocalDate dueOn, LocalDate today,
                                    Instant now) {
        requireCapaWork();
        if (dueOn.isBefore(today)) {
            throw new ValidationException("dueOn", "must not be in the past (today is " + today + ")");
        }
        CapaAction action = new CapaAction(this, capaActions.size() + 1, actionDescription, owner, dueOn);
        capaActions.add(action);
        updatedAt = now;
        return action;
    }

    /**
     * Records the effectiveness check of an open CAPA action: effective closes it, ineffective keeps it open.
     *
     * @throws ConflictException   (409) when the action is closed or the deviation takes no CAPA work
     * @throws ValidationException (400) naming {@code checkedOn} when it is in the future
     */
    public CapaAction checkCapaAction(UUID actionId, LocalDate checkedOn, String result, boolean effective,
                                      LocalDate today, Instant now) {
        requireCapaWork();
        CapaAction action = capaAction(actionId);
        if (!action.isOpen()) {
            throw new ConflictException("CAPA action " + action.number() + " was closed on " + action.closedOn());
        }
        if (checkedOn.isAfter(today)) {
            throw new ValidationException("checkedOn", "must not be in the future (today is " + today + ")");
        }
        action.recordEffectivenessCheck(checkedOn, result, effective);
        updatedAt = now;
        return action;
    }

    /**
     * Moves the deviation along {@link DeviationStatus}. Investigation starts once it is classified; CAPA is in
     * progress once an action exists; closure needs a root cause, no open CAPA action and the signature.
     *
     * @param signer asked only for closure, once every rule passed
     * @throws IllegalTransitionException (409) when the table does not allow the move
     * @throws BusinessRuleException      (422) naming what is missing
     */
    public void moveTo(DeviationStatus to, Supplier<ElectronicSignature> signer, LocalDate today, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException("The deviation is " + status + " and cannot become " + to
                    + "; allowed: " + status.next());
        }
        if (to == DeviationStatus.UNDER_INVESTIGATION && severity == null) {
            throw BusinessRuleException.onField("severity", "is not set: classify the deviation before it is "
                    + "investigated");
        }
        if (to == DeviationStatus.CAPA_IN_PROGRESS && capaActions.isEmpty()) {
            throw BusinessRuleException.onField("capaActions", "are none: add a CAPA action first");
        }
        if (to == DeviationStatus.CLOSED) {
            ClosurePolicy.requireClosable(rootCause, capaActions);
            closureSignature = signer.get();
            if (closureSignature == null) {
                throw new IllegalStateException("Closing a deviation needs an electronic signature");
            }
            closedOn = today;
        }
        status = to;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status == DeviationStatus.CLOSED) {
            throw new ConflictException("The deviation was closed on " + closedOn + "; a closed deviation is final");
        }
    }

    private void requireCapaWork() {
        if (!status.acceptsCapaWork()) {
            throw new ConflictException("The deviation is " + status + ": CAPA actions are added and checked while "
                    + "it is UNDER_INVESTIGATION or CAPA_IN_PROGRESS");
        }
    }

    /** @throws RecordNotFoundException (404) when the deviation has no such action */
    public CapaAction capaAction(UUID actionId) {
        return capaActions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> RecordNotFoundException.of("CAPA action", actionId));
    }

    /** Days from report to closure; empty while open. */
    public Optional<Long> daysOpen() {
        return closedOn == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(reportedOn, closedOn));
    }

    public List<CapaAction> capaActions() {
        return List.copyOf(capaActions);
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public UUID sowId() {
        return sowId;
    }

    public String batchNumber() {
        return batchNumber;
    }

    public String externalRef() {
        return externalRef;
    }

    public DeviationCategory category() {
        return category;
    }

    public DeviationSeverity severity() {
        return severity;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public Boolean notifiedOnTime() {
        return notifiedOnTime;
    }

    public String description() {
        return description;
    }

    public String investigation() {
        return investigation;
    }

    public String rootCause() {
        return rootCause;
    }

    public DeviationStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public ElectronicSignature closureSignature() {
        return closureSignature;
    }

    public String reportedBy() {
        return reportedBy;
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
