package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.DeviationRecord;
import com.partnershipgovernance.kpi.measurement.DerivedMeasurements;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Derives the deviation KPIs from {@code agreement.deviations.v1}, each event applied once:
 * {@code deviation.reported} moves the share notified on time and deviations per batch (period of the
 * report), {@code deviation.closed} the mean days to close (period of the closure). Other deviation
 * events are skipped.
 */
@ApplicationScoped
public class DeviationEventsConsumer {

    static final String CHANNEL = "deviation-events";

    /** The fields of {@code deviation.reported} this service reads. */
    record DeviationReported(@NotNull UUID deviationId, @NotNull UUID partnerId, @NotNull LocalDate reportedOn,
                             Boolean notifiedOnTime) {
    }

    /** The fields of {@code deviation.closed} this service reads. */
    record DeviationClosed(@NotNull UUID deviationId, @NotNull UUID partnerId, @NotNull LocalDate reportedOn,
                           Boolean notifiedOnTime, @NotNull LocalDate closedOn, Integer daysOpen) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager em;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    DerivedMeasurements derived;

    private final EventHandlers handlers = EventHandlers.create()
            .on("deviation.reported", this::onReported)
            .on("deviation.closed", this::onClosed);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onReported(InboundEvent event) {
        DeviationReported reported = event.dataAs(DeviationReported.class);
        DeviationRecord deviation = record(reported.deviationId(), reported.partnerId(), reported.reportedOn());
        deviation.reported(reported.reportedOn(), reported.notifiedOnTime());
        em.flush();
        deriveReported(event, reported.partnerId(), deviation.reportedOn());
    }

    private void onClosed(InboundEvent event) {
        DeviationClosed closed = event.dataAs(DeviationClosed.class);
        boolean firstHeard = em.find(DeviationRecord.class, closed.deviationId()) == null;
        DeviationRecord deviation = record(closed.deviationId(), closed.partnerId(), closed.reportedOn());
        deviation.reported(closed.reportedOn(), closed.notifiedOnTime());
        deviation.closed(closed.closedOn(), closed.daysOpen());
        em.flush();
        UUID partner = closed.partnerId();
        derived.derive(DerivedKpi.MEAN_DAYS_TO_CLOSE_DEVIATION, partner, closed.closedOn(), cause(event));
        if (firstHeard) {
            // the closure is the first kpi-service hears of the deviation: it also counts as reported
            deriveReported(event, partner, deviation.reportedOn());
        }
    }

    private void deriveReported(InboundEvent event, UUID partner, LocalDate reportedOn) {
        derived.derive(DerivedKpi.DEVIATIONS_NOTIFIED_ON_TIME_RATE, partner, reportedOn, cause(event));
        derived.derive(DerivedKpi.DEVIATIONS_PER_BATCH, partner, reportedOn, cause(event));
    }

    /** The deviation's record; a new one (persisted) when this is the first event about it. */
    private DeviationRecord record(UUID deviationId, UUID partnerId, LocalDate reportedOn) {
        partners.ensureKnown(partnerId);
        DeviationRecord deviation = em.find(DeviationRecord.class, deviationId);
        if (deviation == null) {
            deviation = new DeviationRecord(deviationId, partnerId, reportedOn);
            em.persist(deviation);
        }
        return deviation;
    }

    private static DerivedMeasurements.Cause cause(InboundEvent event) {
        return new DerivedMeasurements.Cause(event.id(), event.shortType());
    }
}
