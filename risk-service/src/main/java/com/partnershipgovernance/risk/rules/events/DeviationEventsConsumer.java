package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.domain.DeviationClosureFacts;
import com.partnershipgovernance.risk.rules.domain.DeviationFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies deviation-risk to {@code deviation.reported} and {@code deviation.classified}, and
 * deviation-closure-proposal to {@code deviation.closed}, from {@code agreement.deviations.v1}, each event once.
 */
@ApplicationScoped
public class DeviationEventsConsumer {

    static final String CHANNEL = "deviation-events";

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers handlers = EventHandlers.create()
            .on(RuleEvents.DEVIATION_REPORTED, this::onDeviation)
            .on(RuleEvents.DEVIATION_CLASSIFIED, this::onDeviation)
            .on(RuleEvents.DEVIATION_CLOSED, this::onClosed);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onDeviation(InboundEvent event) {
        DeviationFacts facts = event.dataAs(RuleEvents.DeviationEvent.class).toFacts();
        rules.onDeviationReported(facts, RiskRules.Cause.of(event));
    }

    private void onClosed(InboundEvent event) {
        DeviationClosureFacts facts = event.dataAs(RuleEvents.DeviationClosed.class).toFacts();
        rules.onDeviationClosed(facts, RiskRules.Cause.of(event));
    }
}
