package com.partnershipgovernance.agreement.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.STATUS_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

/** What the lifecycle tests of every agreement kind check of the {@code agreement.status-changed} events. */
public final class StatusChangedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusChangedEvents() {
    }

    /** The moves the events announce, in order, as {@code version:to}. */
    public static List<String> moves(List<ConsumerRecord<String, String>> events) throws IOException {
        List<String> moves = new ArrayList<>();
        for (ConsumerRecord<String, String> e : events) {
            JsonNode p = JSON.readTree(e.value());
            moves.add(p.get("version").asInt() + ":" + p.get("to").asText());
        }
        return moves;
    }

    /**
     * Checks that {@code event} is a CloudEvent of type {@code agreement.status-changed} from agreement-service
     * about agreement {@code id}, keyed by it; returns its payload.
     */
    public static JsonNode payloadOf(ConsumerRecord<String, String> event, String id) throws IOException {
        assertThat(event.key()).isEqualTo(id);
        assertThat(TopicRecorder.header(event, "ce_type")).isEqualTo(STATUS_CHANGED);
        assertThat(TopicRecorder.header(event, "ce_source")).isEqualTo("/agreement-service");
        assertThat(TopicRecorder.header(event, "ce_subject")).isEqualTo(id);
        assertThat(TopicRecorder.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(TopicRecorder.header(event, "ce_id"))).isNotNull();
        assertThat(Instant.parse(TopicRecorder.header(event, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        return JSON.readTree(event.value());
    }

    /** The payload's fields, in the order they were written. */
    public static List<String> fieldsOf(JsonNode payload) {
        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
