package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.MilestoneOutcome;
import com.partnershipgovernance.kpi.derived.domain.MilestoneOutcomeRepository;
import com.partnershipgovernance.kpi.measurement.DerivedMeasurements;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
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
public class MilestoneEventsConsumer {

    static final String CHANNEL = "milestone-events";

    /** The fields of {@code milestone.completed} this service reads. */
    record MilestoneCompleted(@NotNull UUID milestoneId, @NotNull UUID partnerId, @NotNull LocalDate dueDate,
                              @NotNull LocalDate completedOn) {
    }

    /** The fields of {@code milestone.missed} this service reads. */
    record MilestoneMissed(@NotNull UUID milestoneId, @NotNull UUID partnerId, @NotNull LocalDate dueDate) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    MilestoneOutcomeRepository outcomes;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    DerivedMeasurements derived;

    private final EventHandlers handlers = EventHandlers.create()
            .on("milestone.completed", this::onCompleted)
            .on("milestone.missed", this::onMissed);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
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
        partners.ensureKnown(partnerId);
        MilestoneOutcome outcome = outcomes.findByIdOptional(milestoneId).orElse(null);
        LocalDate previousDue = outcome == null ? null : outcome.dueDate();
        if (outcome == null) {
            outcome = new MilestoneOutcome(milestoneId, partnerId, dueDate);
            change.accept(outcome);
            outcomes.persist(outcome);
        } else {
            change.accept(outcome);
        }
        outcomes.flush();
        DerivedMeasurements.Cause cause = new DerivedMeasurements.Cause(event.id(), event.shortType());
        derived.derive(DerivedKpi.ON_TIME_MILESTONE_RATE, partnerId, outcome.dueDate(), cause);
        if (previousDue != null && !previousDue.equals(outcome.dueDate())) {
            // the due date moved: the period it left is derived again too
            derived.derive(DerivedKpi.ON_TIME_MILESTONE_RATE, partnerId, previousDue, cause);
        }
    }
}
