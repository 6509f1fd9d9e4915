package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.lifecycle.Parties;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.agreement.deviation.events.DeviationClassified;
import com.partnershipgovernance.agreement.deviation.events.DeviationEvents;
import com.partnershipgovernance.agreement.deviation.events.DeviationReported;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reports deviations (quality, or a partner user for their own partnership) and classifies them (quality),
 * each announced on {@code agreement.deviations.v1} in the same transaction.
 */
@ApplicationScoped
public class DeviationReporting {

    @Inject
    DeviationRepository deviations;

    @Inject
    Parties parties;

    @Inject
    SowRepository sows;

    @Inject
    NotificationTimeliness timeliness;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Records a reported deviation and publishes {@code deviation.reported}. A partner user reports for their
     * own partner whatever the body names, unclassified (quality sets the severity); the SOW, if named, must be one of that partner's.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} for a partner not known here, or
     *                               {@code sowId} for a SOW that is not the partner's
     * @throws ProblemException      (409) naming {@code externalRef} when the partner already has it
     */
    @Transactional
    public Deviation report(Deviation.Report report) {
        Deviation.Report scoped = PartnerScope.current().map(own -> forOwnPartner(own, report)).orElse(report);
        parties.requireKnownPartner(scoped.partnerId());
        if (scoped.sowId() != null && sows.findByIdOptional(scoped.sowId())
                .filter(s -> s.partnerId().equals(scoped.partnerId())).isEmpty()) {
            throw BusinessRuleException.onField("sowId", "is not a SOW of partner " + scoped.partnerId());
        }
        if (scoped.externalRef() != null && deviations.externalRefTaken(scoped.partnerId(), scoped.externalRef())) {
            throw new ProblemException(ProblemType.CONFLICT, "The partner already has a deviation with QMS number "
                    + scoped.externalRef(), List.of(new Problem.FieldError("externalRef", "is already used for this "
                    + "partner: find it with GET /deviations?externalRef=")));
        }
        Boolean onTime = timeliness.judge(scoped.partnerId(), scoped.severity(), scoped.occurredOn(),
                scoped.reportedOn());
        Deviation deviation = Deviation.report(scoped, onTime, caller.subject(), LocalDate.now(clock), clock.instant());
        deviations.persistAndFlush(deviation);
        outbox.publish(DeviationEvents.TOPIC, DeviationEvents.REPORTED, DeviationEvents.AGGREGATE, deviation.id(),
                DeviationReported.of(deviation));
        return deviation;
    }

    /** Sets or changes the severity (quality), judges the timeliness anew and publishes {@code deviation.classified}. */
    @Transactional
    public Deviation classify(UUID id, String ifMatch, DeviationSeverity severity, String reason) {
        Deviation deviation = deviations.require(id);
        Preconditions.requireIfMatch(ifMatch, deviation.version());
        changeContext.because(reason);
        Boolean onTime = timeliness.judge(deviation.partnerId(), severity, deviation.occurredOn(),
                deviation.reportedOn());
        DeviationSeverity previous = deviation.classify(severity, onTime, clock.instant());
        deviations.flush();
        outbox.publish(DeviationEvents.TOPIC, DeviationEvents.CLASSIFIED, DeviationEvents.AGGREGATE, deviation.id(),
                DeviationClassified.of(deviation, previous));
        return deviation;
    }

    private static Deviation.Report forOwnPartner(UUID own, Deviation.Report r) {
        // severity is quality's classification (POST .../classification): a partner's report leaves it unset
        return new Deviation.Report(own, r.sowId(), r.batchNumber(), r.externalRef(), r.category(), null,
                r.occurredOn(), r.reportedOn(), r.description());
    }
}
