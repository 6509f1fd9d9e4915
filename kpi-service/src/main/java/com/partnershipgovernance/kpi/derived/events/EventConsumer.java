package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A consumer of one channel of another service's events: each event applied once, by the handler of its type. */
abstract class EventConsumer extends EventDerivation {

    @Inject
    EventInbox inbox;

    private EventHandlers handlers;

    /** Registers the handlers of the event types this consumer reads; other types are skipped. */
    abstract void handle(EventHandlers events);

    @PostConstruct
    void registerHandlers() {
        handlers = EventHandlers.create();
        handle(handlers);
    }

    void receive(String channel, ConsumerRecord<String, String> record) {
        inbox.receive(channel, record, handlers);
    }
}
