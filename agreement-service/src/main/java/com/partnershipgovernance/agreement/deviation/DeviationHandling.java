package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.agreement.deviation.domain.DeviationStatus;
import com.partnershipgovernance.agreement.deviation.events.DeviationClosed;
import com.partnershipgovernance.agreement.deviation.events.DeviationEvents;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Quality's work on a deviation: investigation findings, CAPA actions and their effectiveness checks, and the
 * lifecycle moves; closure is signed by quality and publishes {@code deviation.closed}.
 */
@ApplicationScoped
public class DeviationHandling {

    @Inject
    DeviationRepository deviations;

    @Inject
    EventOutbox outbox;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** Records the investigation's findings and root cause; the reason comes from {@code X-Change-Reason} if given. */
    @Transactional
    public Deviation recordInvestigation(UUID id, String ifMatch, String findings, String rootCause) {
        Deviation deviation = current(id, ifMatch);
        deviation.recordInvestigation(findings, rootCause, clock.instant());
        deviations.flush();
        return deviation;
    }

    @Transactional
    public CapaAction addCapaAction(UUID id, String ifMatch, String description, String owner, LocalDate dueOn) {
        Deviation deviation = current(id, ifMatch);
        CapaAction action = deviation.addCapaAction(description, owner, dueOn, LocalDate.now(clock), clock.instant());
        deviations.flush();
        return action;
    }

    @Transactional
    public CapaAction checkCapaAction(UUID id, String ifMatch, UUID actionId, LocalDate checkedOn, String result,
                                      boolean effective) {
        Deviation deviation = current(id, ifMatch);
        CapaAction action = deviation.checkCapaAction(actionId, checkedOn, result, effective, LocalDate.now(clock),
                clock.instant());
        deviations.flush();
        return action;
    }

    /**
     * Moves the deviation; closing it needs the signature's meaning and a fresh token of a quality signer.
     */
    @Transactional
    public Deviation move(UUID id, String ifMatch, DeviationStatus to, String reason, SignatureMeaning meaning) {
        Deviation deviation = current(id, ifMatch);
        changeContext.because(reason);
        if (to == DeviationStatus.CLOSED && meaning == null) {
            throw new ValidationException("signature.meaning", "is required to close a deviation");
        }
        long signedVersion = deviation.version();
        deviation.moveTo(to, () -> signatures.sign(DeviationSignedContent.of(deviation), signedVersion, meaning,
                Set.of(Roles.QUALITY)), LocalDate.now(clock), clock.instant());
        deviations.flush();
        if (to == DeviationStatus.CLOSED) {
            outbox.publish(DeviationEvents.TOPIC, DeviationEvents.CLOSED, DeviationEvents.AGGREGATE, deviation.id(),
                    DeviationClosed.of(deviation));
        }
        return deviation;
    }

    private Deviation current(UUID id, String ifMatch) {
        Deviation deviation = deviations.require(id);
        Preconditions.requireIfMatch(ifMatch, deviation.version());
        return deviation;
    }
}
