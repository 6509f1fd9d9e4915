package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.DeviationRecord;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Derives the deviation KPIs from {@code agreement.deviations.v1}, each event applied once:
 * {@code deviation.reported} moves the share notified on time and deviations per batch (period of the
 * report), {@code deviation.closed} the mean days to close (period of the closure). Other deviation
 * events are skipped.
 */
@ApplicationScoped
public class DeviationEventsConsumer extends EventConsumer {

    static final String CHANNEL = "deviation-events";

    /** The fields of {@code deviation.reported} this service reads. */
    record DeviationReported(@NotNull UUID deviationId, @NotNull UUID partnerId, @NotNull LocalDate reportedOn,
                             Boolean notifiedOnTime) {
    }

    /** The fields of {@code deviation.closed} this service reads. */
    record DeviationClosed(@NotNull UUID deviationId, @NotNull UUID partnerId, @NotNull LocalDate reportedOn,
                           Boolean notifiedOnTime, @NotNull LocalDate closedOn, Integer daysOpen) {
    }

    private static final DerivedKpi[] REPORTED_KPIS = {DerivedKpi.DEVIATIONS_NOTIFIED_ON_TIME_RATE,
            DerivedKpi.DEVIATIONS_PER_BATCH};

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(CHANNEL, record);
    }

    @Override
    void handle(EventHandlers events) {
        events.on("deviation.reported", this::onReported)
                .on("deviation.closed", this::onClosed);
    }

    private void onReported(InboundEvent event) {
        DeviationReported reported = event.dataAs(DeviationReported.class);
        DeviationRecord deviation = heard(reported.deviationId(), reported.partnerId(), reported.reportedOn(),
                record -> record.reported(reported.reportedOn(), reported.notifiedOnTime()));
        derive(event, reported.partnerId(), deviation.reportedOn(), REPORTED_KPIS);
    }

    private void onClosed(InboundEvent event) {
        DeviationClosed closed = event.dataAs(DeviationClosed.class);
        boolean firstHeard = em.find(DeviationRecord.class, closed.deviationId()) == null;
        DeviationRecord deviation = heard(closed.deviationId(), closed.partnerId(), closed.reportedOn(), record -> {
            record.reported(closed.reportedOn(), closed.notifiedOnTime());
            record.closed(closed.closedOn(), closed.daysOpen());
        });
        UUID partner = closed.partnerId();
        derive(event, partner, closed.closedOn(), DerivedKpi.MEAN_DAYS_TO_CLOSE_DEVIATION);
        if (firstHeard) {
            // the closure is the first kpi-service hears of the deviation: it also counts as reported
            derive(event, partner, deviation.reportedOn(), REPORTED_KPIS);
        }
    }

    /** The deviation's record, changed by {@code change}; a new one when this is the first event about it. */
    private DeviationRecord heard(UUID deviationId, UUID partnerId, LocalDate reportedOn,
                                  Consumer<DeviationRecord> change) {
        return heard(partnerId, em.find(DeviationRecord.class, deviationId),
                () -> new DeviationRecord(deviationId, partnerId, reportedOn), change);
    }
}
