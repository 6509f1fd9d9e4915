package com.partnershipgovernance.platform.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** An unpublished outbox row as the relay reads it, and its Kafka record in CloudEvents binary mode. */
record OutboxRow(UUID id, String topic, String aggregateId, String type, Instant occurredAt, String payload) {

    ProducerRecord<String, String> toRecord(String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEvents.SPEC_VERSION, "1.0");
        header(headers, CloudEvents.ID, id.toString());
        header(headers, CloudEvents.SOURCE, source);
        header(headers, CloudEvents.TYPE, type);
        header(headers, CloudEvents.SUBJECT, aggregateId);
        header(headers, CloudEvents.TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        header(headers, CloudEvents.CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(topic, null, aggregateId, payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
