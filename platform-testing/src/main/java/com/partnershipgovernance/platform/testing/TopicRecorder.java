package com.partnershipgovernance.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Reads every record of some topics from the beginning in the background, for tests that check what
 * a service published; and sends raw records, for tests of consumers.
 */
public final class TopicRecorder implements AutoCloseable {

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String bootstrapServers, List<String> topics) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(() -> {
            try (consumer) {
                while (running) {
                    try {
                        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    } catch (RuntimeException e) {
                        if (running) {
                            sleepQuietly();
                        }
                    }
                }
            }
        }, "topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts recording {@code topics} of the test broker. */
    public static TopicRecorder of(String... topics) {
        return new TopicRecorder(TestInfrastructure.get().kafka().bootstrapServers(), List.of(topics));
    }

    /** Starts recording {@code topics} of the broker at {@code bootstrapServers} (a launched platform's). */
    public static TopicRecorder on(String bootstrapServers, String... topics) {
        return new TopicRecorder(bootstrapServers, List.of(topics));
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> predicate) {
        return records.stream().filter(predicate).toList();
    }

    /** The value of header {@code name}, as text. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one raw record with the given headers to the test broker, waiting for the acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        send(TestInfrastructure.get().kafka().bootstrapServers(), topic, key, value, headers);
    }

    /** Sends one raw record with the given headers to the broker at {@code bootstrapServers}. */
    public static void send(String bootstrapServers, String topic, String key, String value,
                            Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(
                    new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record to " + topic, e);
        }
    }

    /** CloudEvents binary-mode headers for a test event of {@code ceType}. */
    public static Map<String, String> cloudEventHeaders(String id, String ceType, String source, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", ceType, "ce_source", source,
                "ce_subject", subject, "ce_time", java.time.Instant.now().toString(),
                "content-type", "application/json");
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A snapshot list helper for assertions. */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        records.forEach(r -> values.add(r.value()));
        return values;
    }
}
