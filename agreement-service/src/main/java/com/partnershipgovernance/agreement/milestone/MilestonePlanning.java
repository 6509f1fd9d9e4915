package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.milestone.domain.GoNoGo;
import com.partnershipgovernance.agreement.milestone.domain.GoNoGoDecision;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneSchedule;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneStatus;
import com.partnershipgovernance.agreement.milestone.events.MilestoneEvents;
import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.sow.StatementOfWorkKind;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.agreement.sow.domain.TimelineRevised;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans milestones on SOWs within their timelines, records their completion and signed go/no-go decisions,
 * and announces both on {@code agreement.milestones.v1} in the same transaction. A NO_GO puts every milestone
 * depending on the decided one (directly or not) on hold.
 */
@ApplicationScoped
public class MilestonePlanning {

    /** Who signs a go/no-go decision: the functions running the work, or the steering committee. */
    public static final Set<String> DECIDERS;

    static {
        Set<String> deciders = new HashSet<>(Roles.FUNCTIONS);
        deciders.add(Roles.STEERING_COMMITTEE);
        DECIDERS = Set.copyOf(deciders);
    }

    @Inject
    MilestoneRepository milestones;

    @Inject
    StatementOfWorkKind sows;

    @Inject
    AgreementAccess agreements;

    @Inject
    EventOutbox outbox;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What a new milestone is, as requested. */
    public record Request(String name, LocalDate dueDate, String owner, String deliverable, boolean decisionPoint,
                          List<UUID> dependsOn) {
    }

    /**
     * Plans a milestone on SOW {@code sowId}.
     *
     * @throws BusinessRuleException (422) naming {@code dueDate} when it is outside the SOW's timeline,
     *                               {@code deliverable} when the SOW has no such deliverable, or
     *                               {@code dependsOn[i]} when a dependency is not a milestone of this SOW
     * @throws ConflictException     (409) when the SOW ended (expired or terminated)
     */
    @Transactional
    public Milestone plan(UUID sowId, Request request) {
        StatementOfWork sow = agreements.readable(sows, sowId);
        AgreementStatus latest = sow.latest().status();
        if (sow.inForce().isEmpty() && (latest == AgreementStatus.EXPIRED || latest == AgreementStatus.TERMINATED)) {
            throw new ConflictException("The SOW is " + latest + ": no milestones are planned on an ended SOW");
        }
        SowTerms terms = sow.currentTerms();
        if (request.deliverable() != null && !terms.hasDeliverable(request.deliverable())) {
            throw BusinessRuleException.onField("deliverable", "is not a deliverable of the SOW; its deliverables "
                    + "are " + terms.deliverables().stream().map(d -> d.name()).toList());
        }
        if (!terms.covers(request.dueDate())) {
            throw BusinessRuleException.onField("dueDate", "is " + request.dueDate() + ": outside the SOW's "
                    + "timeline, " + terms.startOn() + " to " + terms.endOn());
        }
        Milestone milestone = Milestone.plan(new Milestone.Plan(sow.id(), sow.msaId(), sow.partnerId(), sow.kind(),
                request.name(), request.dueDate(), request.owner(), request.deliverable(), request.decisionPoint(),
                request.dependsOn()), milestones.ofSow(sow.id()), clock.instant());
        milestones.persistAndFlush(milestone);
        return milestone;
    }

    /**
     * A SOW's timeline is revised: every milestone still to be completed must stay within it.
     *
     * @throws BusinessRuleException (422) naming {@code timeline.startOn} or {@code timeline.endOn} when a
     *                               milestone is due before the new start or after the new end
     */
    void onTimelineRevised(@Observes TimelineRevised revised) {
        for (Milestone m : milestones.ofSow(revised.sowId())) {
            if (m.status() == MilestoneStatus.COMPLETED) {
                continue;
            }
            if (m.dueDate().isBefore(revised.startOn())) {
                throw BusinessRuleException.onField("timeline.startOn", "is " + revised.startOn() + ", after "
                        + "milestone '" + m.name() + "' due on " + m.dueDate() + ": re-plan it first");
            }
            if (m.dueDate().isAfter(revised.endOn())) {
                throw BusinessRuleException.onField("timeline.endOn", "is " + revised.endOn() + ", before "
                        + "milestone '" + m.name() + "' due on " + m.dueDate() + ": re-plan it first");
            }
        }
    }

    /**
     * Records the completion of an OPEN milestone on {@code completedOn} (today or earlier) and announces it
     * with its days late.
     */
    @Transactional
    public Milestone complete(UUID id, String ifMatch, LocalDate completedOn, String reason) {
        Milestone milestone = milestones.require(id);
        Preconditions.requireIfMatch(ifMatch, milestone.version());
        if (completedOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("completedOn", "must not be in the future");
        }
        changeContext.because(reason == null ? "Milestone completed on " + completedOn : reason);
        long daysLate = milestone.complete(completedOn);
        milestones.flush();
        publish(MilestoneEvents.COMPLETED, milestone, MilestoneEvents.Completed.of(milestone, daysLate));
        return milestone;
    }

    /**
     * Records the signed go/no-go decision of a decision point; a NO_GO holds the milestones depending on it.
     *
     * @throws ValidationException (400) naming {@code signature.meaning} when the signature has no meaning
     */
    @Transactional
    public Milestone decide(UUID id, String ifMatch, GoNoGo decision, String rationale, SignatureMeaning meaning) {
        Milestone milestone = milestones.require(id);
        Preconditions.requireIfMatch(ifMatch, milestone.version());
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required: a go/no-go decision is signed");
        }
        milestone.requireDecidable();
        changeContext.because(decision + ": " + rationale);
        ElectronicSignature signature = signatures.sign(MilestoneSignedContent.of(milestone, decision, rationale),
                milestone.version(), meaning, DECIDERS);
        milestone.decide(new GoNoGoDecision(decision, rationale, caller.subject(), caller.name(), clock.instant(),
                signature));
        if (decision == GoNoGo.NO_GO) {
            List<Milestone> ofTheSow = milestones.ofSow(milestone.sowId());
            Map<UUID, Milestone> byId = MilestoneSchedule.byId(ofTheSow);
            String why = "NO_GO at milestone '" + milestone.name() + "': " + rationale;
            MilestoneSchedule.dependentsOf(milestone, ofTheSow).forEach(d -> byId.get(d).hold(why));
        }
        milestones.flush();
        publish(MilestoneEvents.GO_NO_GO_DECIDED, milestone, MilestoneEvents.GoNoGoDecided.of(milestone));
        return milestone;
    }

    /** Takes a held milestone off hold, with the reason (the re-plan) for the audit trail. */
    @Transactional
    public Milestone resume(UUID id, String ifMatch, String reason) {
        Milestone milestone = milestones.require(id);
        Preconditions.requireIfMatch(ifMatch, milestone.version());
        changeContext.because(reason);
        milestone.resume();
        milestones.flush();
        return milestone;
    }

    // keyed by the SOW: one SOW's milestone events stay in order
    private void publish(String type, Milestone milestone, Object payload) {
        outbox.publish(MilestoneEvents.TOPIC, type, MilestoneEvents.AGGREGATE, milestone.sowId(), payload);
    }
}
