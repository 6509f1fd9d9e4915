package com.partnershipgovernance.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.config.PlatformConfig;
import com.partnershipgovernance.platform.outbox.CloudEvents;
import com.partnershipgovernance.platform.problem.FailureCauses;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Applies other services' events exactly once. The event id is recorded in {@code processed_event}
 * in the same transaction as the handler's effect, so a redelivered event changes nothing. Events of
 * types the consumer does not handle are recorded as skipped. A malformed event is rethrown as
 * {@link MalformedEventException} for the channel's dead-letter topic; a database outage is waited
 * out, however long it lasts, on the consumer's thread (the record stays unacknowledged, so its offset is not
 * committed and nothing is lost; the connector's unacknowledged-record age check is off for this reason, see the
 * platform's {@code microprofile-config.properties}); any other failure is retried a few times before the event is
 * dead-lettered with the reason. While a consumer waits for the database, {@link EventInboxReadiness} reports it.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    PlatformConfig config;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** The consumers (threads) now waiting for the database, with what they wait to apply. */
    private final Map<Thread, WaitingForDatabase> waiting = new ConcurrentHashMap<>();

    /** One consumer thread holding an event until the database is back. */
    public record WaitingForDatabase(String channel, String eventId, Instant since) {
    }

    /**
     * Applies {@code record} once for {@code consumer} (the channel name), with the handler of its type.
     *
     * @throws MalformedEventException when the event cannot be applied; the channel dead-letters it
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        InboundEvent event = parse(record);
        Optional<Consumer<InboundEvent>> handler = handlers.handlerFor(event.shortType());
        try {
            applyWithRetries(consumer, event, handler);
        } finally {
            waiting.remove(Thread.currentThread());
        }
    }

    /** The consumers now waiting for the database to apply an event (empty when none is). */
    public List<WaitingForDatabase> waitingForDatabase() {
        return List.copyOf(waiting.values());
    }

    /*
     * Written out rather than delegated: the connector's delayed-retry topics would let the partition's later events
     * pass this one and give up after a fixed count, and a Fault Tolerance retry has one budget, where this needs
     * two (a database outage without bound, any other failure max-attempts times) and the readiness report while
     * it waits.
     */
    private void applyWithRetries(String consumer, InboundEvent event, Optional<Consumer<InboundEvent>> handler) {
        Duration backoff = FIRST_BACKOFF;
        // only failures of the event count against max-attempts: waiting out a database outage spends none of them
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                String outcome = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler));
                metrics.counter("events.consumed", "channel", consumer, "outcome", outcome).increment();
                return;
            } catch (RuntimeException e) {
                MalformedEventException malformed = malformedIn(e);
                if (malformed != null) {
                    metrics.counter("events.consumed", "channel", consumer, "outcome", "DEAD_LETTERED").increment();
                    throw malformed;
                }
                boolean databaseDown = FailureCauses.isDatabaseUnavailable(e);
                if (!databaseDown && ++failures >= config.consumer().maxAttempts()) {
                    metrics.counter("events.consumed", "channel", consumer, "outcome", "DEAD_LETTERED").increment();
                    throw new MalformedEventException("Event " + event.id() + " (" + event.shortType()
                            + ") failed " + failures + " times: " + FailureCauses.rootMessage(e), e);
                }
                if (databaseDown) {
                    waiting.putIfAbsent(Thread.currentThread(),
                            new WaitingForDatabase(consumer, event.id(), Instant.now()));
                }
                LOG.warnf("Applying event %s (%s) failed, attempt %d, retrying: %s", event.id(), event.shortType(),
                        attempt, FailureCauses.rootMessage(e));
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.consumer().maxBackoff()) > 0
                        ? config.consumer().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private String applyOnce(String consumer, InboundEvent event, Optional<Consumer<InboundEvent>> handler)
            throws Exception {
        String outcome = handler.isPresent() ? "APPLIED" : "SKIPPED_UNKNOWN_TYPE";
        int inserted = em.createNativeQuery("INSERT INTO processed_event "
                        + "(consumer, event_id, ce_type, ce_source, ce_subject, topic, outcome, processed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.source())
                .setParameter(5, event.subject())
                .setParameter(6, event.topic())
                .setParameter(7, outcome)
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Event %s was applied before; redelivery skipped", event.id());
            return "DUPLICATE_SKIPPED";
        }
        if (handler.isPresent()) {
            ChangeContext.Actor actor = new ChangeContext.Actor("system:" + applicationName, applicationName);
            String reason = "Event " + event.shortType() + " " + event.id() + " from " + event.source();
            ChangeContext.runAsSystem(actor, reason, () -> {
                handler.get().accept(event);
                return null;
            });
        }
        return outcome;
    }

    private InboundEvent parse(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new MalformedEventException("Not a CloudEvent: header ce_id or ce_type is missing");
        }
        String shortType = Optional.ofNullable(CloudEvents.shortTypeOf(type)).orElse(type);
        Instant time = null;
        String timeHeader = header(record, CloudEvents.TIME);
        if (timeHeader != null) {
            try {
                time = Instant.parse(timeHeader);
            } catch (DateTimeParseException e) {
                throw new MalformedEventException("ce_time is not an RFC 3339 timestamp: " + timeHeader);
            }
        }
        JsonNode data;
        try {
            data = record.value() == null ? mapper.nullNode() : mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " (" + shortType + ") is not JSON: "
                    + e.getOriginalMessage());
        }
        return new InboundEvent(id, type, shortType, header(record, CloudEvents.SOURCE),
                header(record, CloudEvents.SUBJECT), time, record.topic(), data, mapper, validator);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static MalformedEventException malformedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException m) {
                return m;
            }
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
