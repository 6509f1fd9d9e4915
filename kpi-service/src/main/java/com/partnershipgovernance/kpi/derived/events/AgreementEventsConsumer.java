package com.partnershipgovernance.kpi.derived.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.derived.domain.BatchDisposition;
import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.SowSpend;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.json.DecimalAmount;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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
public class AgreementEventsConsumer extends EventConsumer {

    static final String CHANNEL = "agreement-events";

    /** The fields of {@code batch.dispositioned} this service reads. */
    record BatchDispositioned(@NotNull UUID batchId, @NotNull UUID partnerId, @NotBlank String disposition,
                              @NotNull Boolean rightFirstTime, @NotNull LocalDate dispositionedOn) {
    }

    /** The fields of {@code batch.deviation-linked} this service reads. */
    record BatchDeviationLinked(@NotNull UUID batchId, @NotNull UUID partnerId, @NotNull Boolean rightFirstTime) {
    }

    /**
     * Money as EVENTS.md writes it: {@code { "amount": "12500.00", "currency": "EUR" }}, the amount a decimal string,
     * never a binary float.
     */
    record Money(@NotNull @JsonDeserialize(using = DecimalAmount.class) BigDecimal amount, @NotBlank String currency) {
    }

    /** The fields of {@code sow.spend-recorded} this service reads. */
    record SpendRecorded(@NotNull UUID sowId, @NotNull UUID partnerId, @NotNull @Valid Money budget,
                         @NotNull @Valid Money spentToDate,
                         @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String periodMonth) {
    }

    private static final DerivedKpi[] BATCH_KPIS = {DerivedKpi.RIGHT_FIRST_TIME_BATCH_RATE,
            DerivedKpi.DEVIATIONS_PER_BATCH};

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(CHANNEL, record);
    }

    @Override
    void handle(EventHandlers events) {
        events.on("batch.dispositioned", this::onBatchDispositioned)
                .on("batch.deviation-linked", this::onBatchDeviationLinked)
                .on("sow.spend-recorded", this::onSpendRecorded);
    }

    private void onBatchDispositioned(InboundEvent event) {
        BatchDispositioned batch = event.dataAs(BatchDispositioned.class);
        UUID partner = batch.partnerId();
        BatchDisposition found = em.find(BatchDisposition.class, batch.batchId());
        LocalDate previous = found == null ? null : found.dispositionedOn();
        heard(partner, found, () -> new BatchDisposition(batch.batchId(), partner),
                disposition -> disposition.dispositioned(batch.disposition(), batch.rightFirstTime(),
                        batch.dispositionedOn()));
        derive(event, partner, batch.dispositionedOn(), BATCH_KPIS);
        if (previous != null && !previous.equals(batch.dispositionedOn())) {
            derive(event, partner, previous, BATCH_KPIS);
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
        derive(event, link.partnerId(), disposition.dispositionedOn(), DerivedKpi.RIGHT_FIRST_TIME_BATCH_RATE);
    }

    private void onSpendRecorded(InboundEvent event) {
        SpendRecorded spend = event.dataAs(SpendRecorded.class);
        UUID partner = spend.partnerId();
        LocalDate month = Period.parse(spend.periodMonth()).orElseThrow().start();
        SowSpend found = em.createQuery("from SowSpend where sowId = ?1 and periodMonth = ?2", SowSpend.class)
                .setParameter(1, spend.sowId()).setParameter(2, month).getResultStream().findFirst().orElse(null);
        heard(partner, found, () -> new SowSpend(spend.sowId(), partner, month), standing -> standing.stoodAt(
                spend.spentToDate().amount(), spend.budget().amount(), spend.budget().currency()));
        derive(event, partner, month, DerivedKpi.BUDGET_VARIANCE);
    }
}
