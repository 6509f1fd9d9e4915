package com.partnershipgovernance.platform.testing.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipgovernance.platform.testing.TopicRecorder;

import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.platform.testing.events.EventCatalogue.JSON;

/**
 * An inbound event for a consumer's test, built from the producer's documented example: the documented
 * payload with the values the test needs ({@link #with}), in the producer's CloudEvents envelope (binary
 * mode: {@code ce_*} headers, Kafka key = the documented key field), sent to the documented topic.
 * <pre>{@code
 * String id = catalogue.example("deviation.reported")
 *         .with("deviationId", deviation).with("partnerId", partner).with("severity", "MAJOR")
 *         .send();
 * }</pre>
 * Sending the same example again redelivers the same event (same {@code ce_id}).
 */
public final class EventExample {

    private final DocumentedEvent event;
    private final ObjectNode payload;
    private String id = UUID.randomUUID().toString();
    private String key;

    EventExample(DocumentedEvent event, ObjectNode payload) {
        this.event = event;
        this.payload = payload;
    }

    /**
     * Sets a documented field, by name or by a dotted path into a documented object ({@code budget.amount}).
     * Ids, dates and enums are written as their text, numbers and booleans as JSON numbers and booleans,
     * null as null. A field the producer does not document is refused: the test would describe an event
     * that is never sent.
     */
    public EventExample with(String path, Object value) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = parent(path);
        String name = path.substring(dot + 1);
        if (!parent.has(name)) {
            throw new IllegalArgumentException(event.type() + " documents no field " + path);
        }
        parent.set(name, json(value));
        return this;
    }

    /** Leaves a documented field out, for tests of a consumer given an incomplete event. */
    public EventExample without(String path) {
        int dot = path.lastIndexOf('.');
        parent(path).remove(path.substring(dot + 1));
        return this;
    }

    /** The {@code ce_id}; a new UUID unless set (set an earlier event's id to redeliver it). */
    public EventExample id(String ceId) {
        this.id = ceId;
        return this;
    }

    /** The Kafka key and {@code ce_subject}; by default the value of the documented key field. */
    public EventExample key(Object key) {
        this.key = String.valueOf(key);
        return this;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key != null ? key : payload.path(event.keyField()).asText();
    }

    public DocumentedEvent event() {
        return event;
    }

    /** The payload as JSON text, as the producer would write it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CloudEvents binary-mode headers of this event. */
    public Map<String, String> headers() {
        return TopicRecorder.cloudEventHeaders(id, event.ceType(), event.source(), key());
    }

    /** Sends the event to its topic on the test broker, waiting for the acknowledgement; answers its id. */
    public String send() {
        TopicRecorder.send(event.topic(), key(), toJson(), headers());
        return id;
    }

    /** Sends the event to its topic on the broker at {@code bootstrapServers} (a launched platform's). */
    public String sendTo(String bootstrapServers) {
        TopicRecorder.send(bootstrapServers, event.topic(), key(), toJson(), headers());
        return id;
    }

    private ObjectNode parent(String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? payload : payload.at("/" + path.substring(0, dot).replace('.', '/'));
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException(event.type() + " documents no object " + path.substring(0, dot));
        }
        return object;
    }

    private static JsonNode json(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Enum<?> constant) {
            return JSON.getNodeFactory().textNode(constant.name());
        }
        if (value instanceof CharSequence || value instanceof UUID || value instanceof TemporalAccessor) {
            return JSON.getNodeFactory().textNode(value.toString());
        }
        return JSON.valueToTree(value);
    }
}
