package com.partnershipgovernance.kpi.derived.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.derived.domain.BatchDisposition;
import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.SowSpend;
import com.partnershipgovernance.kpi.measurement.DerivedMeasurements;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.json.DecimalAmount;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Derives batch and cost KPIs from {@code agreement.events.v1}, each event applied once:
 * {@code batch.dispositioned} moves the right-first-time rate and deviations per batch,
 * {@code batch.deviation-linked} corrects the right-first-time rate of the disposition's period when a released
 * batch turns out not to be right first time, {@code sow.spend-recorded} the budget variance. Other agreement
 * events are skipped.
 */
@ApplicationScoped
public class AgreementEventsConsumer {

    static final String CHANNEL = "agreement-events";

    /** The fields of {@code batch.dispositioned} this service reads. */
    record BatchDispositioned(@NotNull UUID batchId, @NotNull UUID partnerId, @NotBlank String disposition,
                              @NotNull Boolean rightFirstTime, @NotNull LocalDate dispositionedOn) {
    }

    /** The fields of {@code batch.deviation-linked} this service reads. */
    record BatchDeviationLinked(@NotNull UUID batchId, @NotNull UUID partnerId, @NotNull Boolean rightFirstTime) {
    }

    /** Money as EVENTS.md writes it: {@code { "amount": "12500.00", "currency": "EUR" }}. */
    /** agreement-service writes an amount as a decimal string ({@code "12500.00"}), never as a binary float. */
    record Money(@NotNull @JsonDeserialize(using = DecimalAmount.class) BigDecimal amount, @NotBlank String currency) {
    }

    /** The fields of {@code sow.spend-recorded} this service reads. */
    record SpendRecorded(@NotNull UUID sowId, @NotNull UUID partnerId, @NotNull @Valid Money budget,
                         @NotNull @Valid Money spentToDate,
                         @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String periodMonth) {
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
            .on("batch.dispositioned", this::onBatchDispositioned)
            .on("batch.deviation-linked", this::onBatchDeviationLinked)
            .on("sow.spend-recorded", this::onSpendRecorded);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onBatchDispositioned(InboundEvent event) {
        BatchDispositioned batch = event.dataAs(BatchDispositioned.class);
        UUID partner = batch.partnerId();
        partners.ensureKnown(partner);
        BatchDisposition disposition = em.find(BatchDisposition.class, batch.batchId());
        LocalDate previous = disposition == null ? null : disposition.dispositionedOn();
        if (disposition == null) {
            disposition = new BatchDisposition(batch.batchId(), partner);
            disposition.dispositioned(batch.disposition(), batch.rightFirstTime(), batch.dispositionedOn());
            em.persist(disposition);
        } else {
            disposition.dispositioned(batch.disposition(), batch.rightFirstTime(), batch.dispositionedOn());
        }
        em.flush();
        deriveBatchKpis(event, partner, batch.dispositionedOn());
        if (previous != null && !previous.equals(batch.dispositionedOn())) {
            deriveBatchKpis(event, partner, previous);
        }
    }

    /**
     * A link to a batch not dispositioned yet changes nothing here: its {@code batch.dispositioned}, later on the
     * same partition, carries the verdict.
     */
    private void onBatchDeviationLinked(InboundEvent event) {
        BatchDeviationLinked link = event.dataAs(BatchDeviationLinked.class);
        BatchDisposition disposition = em.find(BatchDisposition.class, link.batchId());
        if (disposition == null || !disposition.deviationLinked(link.rightFirstTime())) {
            return;
        }
        em.flush();
        derived.derive(DerivedKpi.RIGHT_FIRST_TIME_BATCH_RATE, link.partnerId(), disposition.dispositionedOn(),
                new DerivedMeasurements.Cause(event.id(), event.shortType()));
    }

    private void deriveBatchKpis(InboundEvent event, UUID partner, LocalDate on) {
        DerivedMeasurements.Cause cause = new DerivedMeasurements.Cause(event.id(), event.shortType());
        derived.derive(DerivedKpi.RIGHT_FIRST_TIME_BATCH_RATE, partner, on, cause);
        derived.derive(DerivedKpi.DEVIATIONS_PER_BATCH, partner, on, cause);
    }

    private void onSpendRecorded(InboundEvent event) {
        SpendRecorded spend = event.dataAs(SpendRecorded.class);
        UUID partner = spend.partnerId();
        partners.ensureKnown(partner);
        LocalDate month = Period.parse(spend.periodMonth()).orElseThrow().start();
        SowSpend standing = em.createQuery("from SowSpend where sowId = ?1 and periodMonth = ?2", SowSpend.class)
                .setParameter(1, spend.sowId()).setParameter(2, month).getResultStream().findFirst().orElse(null);
        if (standing == null) {
            standing = new SowSpend(spend.sowId(), partner, month);
            standing.stoodAt(spend.spentToDate().amount(), spend.budget().amount(), spend.budget().currency());
            em.persist(standing);
        } else {
            standing.stoodAt(spend.spentToDate().amount(), spend.budget().amount(), spend.budget().currency());
        }
        em.flush();
        derived.derive(DerivedKpi.BUDGET_VARIANCE, partner, month,
                new DerivedMeasurements.Cause(event.id(), event.shortType()));
    }
}
