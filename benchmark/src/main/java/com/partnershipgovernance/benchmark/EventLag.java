package com.partnershipgovernance.benchmark;

import org.HdrHistogram.Histogram;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Event lag from commit to the consumer's effect, read from the databases after the run: the producer's
 * {@code outbox_event.occurred_at} (written in the business transaction, a moment before its commit) against
 * the consumer's {@code processed_event.processed_at} (written with the effect). Both clocks are this machine's.
 */
final class EventLag {

    /**
     * @param lag       the lags of the events consumed, in ms
     * @param relay     of that, commit to the relay's acknowledged publication ({@code published_at})
     * @param consumer  of that, publication to the consumer's effect
     * @param produced  events of that type the producer committed in the window
     * @param missing   of those, events the consumer had not processed by the deadline
     */
    record Result(LatencySummary lag, LatencySummary relay, LatencySummary consumer, int produced, int missing) {
    }

    private EventLag() {
    }

    /**
     * Waits up to {@code timeout} for the consumer to have processed every event of {@code ceType} the producer
     * committed since {@code since}, then measures their lags.
     */
    static Result measure(Connection producer, Connection consumer, String ceType, Instant since, Duration timeout)
            throws SQLException, InterruptedException {
        Map<String, Instant> committed = new HashMap<>();
        Map<String, Instant> published = new HashMap<>();
        try (PreparedStatement s = producer.prepareStatement(
                "SELECT id::text, occurred_at, published_at FROM outbox_event WHERE ce_type = ? AND occurred_at >= ?")) {
            s.setString(1, ceType);
            s.setObject(2, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    committed.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                    OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                    if (at != null) {
                        published.put(rs.getString(1), at.toInstant());
                    }
                }
            }
        }
        Map<String, Instant> processed = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            processed.putAll(processedOf(consumer, committed.keySet()));
            if (processed.size() >= committed.size() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        Histogram micros = LatencySummary.newHistogram();
        Histogram relay = LatencySummary.newHistogram();
        Histogram consumed = LatencySummary.newHistogram();
        committed.forEach((id, at) -> {
            Instant done = processed.get(id);
            Instant sent = published.get(id);
            if (done != null) {
                record(micros, at, done);
                if (sent != null) {
                    record(relay, at, sent);
                    record(consumed, sent, done);
                }
            }
        });
        int missing = committed.size() - (int) micros.getTotalCount();
        return new Result(LatencySummary.of(micros, missing), LatencySummary.of(relay, 0),
                LatencySummary.of(consumed, 0), committed.size(), missing);
    }

    private static void record(Histogram micros, Instant from, Instant to) {
        micros.recordValue(Math.max(0, Math.min(Duration.between(from, to).toNanos() / 1000,
                micros.getHighestTrackableValue())));
    }

    private static Map<String, Instant> processedOf(Connection consumer, java.util.Set<String> ids)
            throws SQLException {
        Map<String, Instant> processed = new HashMap<>();
        try (PreparedStatement s = consumer.prepareStatement(
                "SELECT event_id, min(processed_at) FROM processed_event WHERE event_id = ANY(?) GROUP BY event_id")) {
            Array array = consumer.createArrayOf("text", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    processed.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return processed;
    }
}
