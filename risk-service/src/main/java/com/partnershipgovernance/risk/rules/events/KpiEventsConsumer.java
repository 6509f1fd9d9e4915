package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.domain.KpiBreachFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies kpi-breach-evidence to {@code kpi.breached} from {@code kpi.events.v1}, each event once. */
@ApplicationScoped
public class KpiEventsConsumer {

    static final String CHANNEL = "kpi-events";

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers handlers = EventHandlers.create().on(RuleEvents.KPI_BREACHED, this::onBreached);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onBreached(InboundEvent event) {
        KpiBreachFacts facts = event.dataAs(RuleEvents.KpiBreached.class).toFacts();
        rules.onKpiBreached(facts, RiskRules.Cause.of(event));
    }
}
