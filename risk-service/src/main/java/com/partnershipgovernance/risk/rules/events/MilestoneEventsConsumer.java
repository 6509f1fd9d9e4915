package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.domain.MissedMilestoneFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;

/** Applies missed-milestone-risk to {@code milestone.missed} from {@code agreement.milestones.v1}, each event once. */
@ApplicationScoped
public class MilestoneEventsConsumer {

    static final String CHANNEL = "milestone-events";

    /** The fields of {@code milestone.missed} this service reads. */
    record MilestoneMissed(@NotNull UUID milestoneId, UUID sowId, UUID msaId, @NotNull UUID partnerId,
                           @NotBlank String sowKind, String name, LocalDate dueDate, Integer daysOverdue,
                           @NotNull @Min(1) Integer missCountForSow) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers handlers = EventHandlers.create().on("milestone.missed", this::onMissed);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onMissed(InboundEvent event) {
        MilestoneMissed missed = event.dataAs(MilestoneMissed.class);
        MissedMilestoneFacts facts = new MissedMilestoneFacts(missed.milestoneId(), missed.sowId(), missed.msaId(),
                missed.partnerId(), missed.sowKind(), missed.name() == null ? missed.milestoneId().toString()
                : missed.name(), missed.dueDate(), missed.daysOverdue() == null ? 0 : missed.daysOverdue(),
                missed.missCountForSow());
        rules.apply(rules.evaluate(facts), event.id(), event.shortType());
    }
}
