package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.MilestoneOutcome;
import com.partnershipgovernance.kpi.derived.domain.MilestoneOutcomeRepository;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Derives the on-time milestone rate from {@code agreement.milestones.v1}: {@code milestone.completed}
 * and {@code milestone.missed}, each event applied once. Other milestone events are skipped.
 */
@ApplicationScoped
public class MilestoneEventsConsumer extends EventConsumer {

    static final String CHANNEL = "milestone-events";

    /** The fields of {@code milestone.completed} this service reads. */
    record MilestoneCompleted(@NotNull UUID milestoneId, @NotNull UUID partnerId, @NotNull LocalDate dueDate,
                              @NotNull LocalDate completedOn) {
    }

    /** The fields of {@code milestone.missed} this service reads. */
    record MilestoneMissed(@NotNull UUID milestoneId, @NotNull UUID partnerId, @NotNull LocalDate dueDate) {
    }

    @Inject
    MilestoneOutcomeRepository outcomes;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(CHANNEL, record);
    }

    @Override
    void handle(EventHandlers events) {
        events.on("milestone.completed", this::onCompleted)
                .on("milestone.missed", this::onMissed);
    }

    private void onCompleted(InboundEvent event) {
        MilestoneCompleted completed = event.dataAs(MilestoneCompleted.class);
        apply(event, completed.milestoneId(), completed.partnerId(), completed.dueDate(),
                outcome -> outcome.completed(completed.dueDate(), completed.completedOn()));
    }

    private void onMissed(InboundEvent event) {
        MilestoneMissed missed = event.dataAs(MilestoneMissed.class);
        apply(event, missed.milestoneId(), missed.partnerId(), missed.dueDate(),
                outcome -> outcome.missed(missed.dueDate()));
    }

    private void apply(InboundEvent event, UUID milestoneId, UUID partnerId, LocalDate dueDate,
                       Consumer<MilestoneOutcome> change) {
        MilestoneOutcome found = outcomes.findByIdOptional(milestoneId).orElse(null);
        LocalDate previousDue = found == null ? null : found.dueDate();
        MilestoneOutcome outcome = heard(partnerId, found, () -> new MilestoneOutcome(milestoneId, partnerId, dueDate),
                change);
        derive(event, partnerId, outcome.dueDate(), DerivedKpi.ON_TIME_MILESTONE_RATE);
        if (previousDue != null && !previousDue.equals(outcome.dueDate())) {
            // the due date moved: the period it left is derived again too
            derive(event, partnerId, previousDue, DerivedKpi.ON_TIME_MILESTONE_RATE);
        }
    }
}
