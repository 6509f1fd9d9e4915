package com.partnershipgovernance.agreement.batch;

import com.partnershipgovernance.agreement.batch.domain.Batch;
import com.partnershipgovernance.agreement.batch.domain.BatchRepository;
import com.partnershipgovernance.agreement.batch.domain.Disposition;
import com.partnershipgovernance.agreement.batch.events.BatchDeviationLinked;
import com.partnershipgovernance.agreement.batch.events.BatchDispositioned;
import com.partnershipgovernance.agreement.deviation.domain.DeviationRepository;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records batches under MANUFACTURING SOWs, their rework and deviations, and their disposition, which is
 * announced with {@code batch.dispositioned} in the same transaction; a deviation linked later is announced
 * with {@code batch.deviation-linked}, so that consumers correct the batch's right-first-time status.
 */
@ApplicationScoped
public class BatchRecords {

    @Inject
    BatchRepository batches;

    @Inject
    SowRepository sows;

    @Inject
    DeviationRepository deviations;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A new batch, as requested. */
    public record Request(UUID sowId, String batchNumber, String product, LocalDate manufacturedOn, boolean rework,
                          List<UUID> deviationIds) {
    }

    /**
     * Records a batch, PENDING disposition.
     *
     * @throws BusinessRuleException (422) naming {@code sowId} when there is no such SOW or it is not MANUFACTURING
     */
    @Transactional
    public Batch record(Request request) {
        StatementOfWork sow = sows.findByIdOptional(request.sowId())
                .orElseThrow(() -> BusinessRuleException.onField("sowId", "is not a SOW known to agreement-service"));
        Batch batch = Batch.record(sow.id(), sow.kind() == SowKind.MANUFACTURING, sow.partnerId(),
                request.batchNumber(), request.product(), request.manufacturedOn(), request.rework(),
                request.deviationIds(), clock.instant());
        batches.persistAndFlush(batch);
        return batch;
    }

    /** Releases or rejects a PENDING batch (on a date not in the future) and announces it. */
    @Transactional
    public Batch disposition(UUID id, String ifMatch, Disposition to, String reason, LocalDate on) {
        Batch batch = batches.require(id);
        Preconditions.requireIfMatch(ifMatch, batch.version());
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("dispositionedOn", "must not be in the future");
        }
        changeContext.because(reason);
        batch.disposition(to, reason, caller.subject(), caller.name(), day, clock.instant());
        batches.flush();
        outbox.publish(AgreementEvents.TOPIC, BatchDispositioned.TYPE, BatchDispositioned.AGGREGATE, batch.id(),
                BatchDispositioned.of(batch));
        return batch;
    }

    /** Flags rework on a PENDING batch. */
    @Transactional
    public Batch markRework(UUID id, String ifMatch, String reason) {
        Batch batch = batches.require(id);
        Preconditions.requireIfMatch(ifMatch, batch.version());
        changeContext.because(reason);
        batch.markRework();
        batches.flush();
        return batch;
    }

    /**
     * Links a deviation of the batch's SOW to the batch (quality, or a QMS integration once a deviation names
     * the batch) and announces a new link, in the same transaction; linking it again changes nothing.
     *
     * @throws BusinessRuleException (422) naming {@code deviationId} when it is not a deviation of this SOW
     */
    @Transactional
    public Batch linkDeviation(UUID id, String ifMatch, UUID deviationId) {
        Batch batch = batches.require(id);
        Preconditions.requireIfMatch(ifMatch, batch.version());
        if (deviations.findByIdOptional(deviationId).filter(d -> d.sowId().equals(batch.sowId())).isEmpty()) {
            throw BusinessRuleException.onField("deviationId", "is not a deviation reported under SOW "
                    + batch.sowId());
        }
        changeContext.because("Deviation " + deviationId + " linked");
        if (batch.linkDeviation(deviationId)) {
            batches.flush();
            outbox.publish(AgreementEvents.TOPIC, BatchDeviationLinked.TYPE, BatchDispositioned.AGGREGATE,
                    batch.id(), BatchDeviationLinked.of(batch, deviationId));
        }
        return batch;
    }
}
