package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.domain.MissedMilestoneFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies missed-milestone-risk to {@code milestone.missed} from {@code agreement.milestones.v1}, each event once. */
@ApplicationScoped
public class MilestoneEventsConsumer {

    static final String CHANNEL = "milestone-events";

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers handlers = EventHandlers.create().on(RuleEvents.MILESTONE_MISSED, this::onMissed);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onMissed(InboundEvent event) {
        MissedMilestoneFacts facts = event.dataAs(RuleEvents.MilestoneMissed.class).toFacts();
        rules.onMilestoneMissed(facts, RiskRules.Cause.of(event));
    }
}
