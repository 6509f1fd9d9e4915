package com.partnershipgovernance.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Writes domain events into the transactional outbox, in the caller's transaction: the event exists
 * if and only if the change it announces committed. The relay is woken as soon as the commit is done.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Adds an event to the outbox.
     *
     * @param topic         the Kafka topic, e.g. {@code partner.events.v1}
     * @param shortType     the short type of EVENTS.md, e.g. {@code partner.registered}
     * @param aggregateType what the event is about, e.g. {@code Partner}
     * @param aggregateId   the aggregate's id: Kafka key and {@code ce_subject}
     * @param payload       the event's data, serialised as JSON
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.UUID publish(String topic, String shortType, String aggregateType, Object aggregateId,
                                  Object payload) {
        OutboxEvent event = new OutboxEvent(topic, aggregateType, String.valueOf(aggregateId),
                CloudEvents.typeOf(shortType, 1), clock.instant(), toJson(payload));
        em.persist(event);
        if (transactions.getResource(WakeRelayAfterCommit.class) == null) {
            transactions.putResource(WakeRelayAfterCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        }
        return event.id();
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
