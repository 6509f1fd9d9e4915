package com.partnershipgovernance.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ledger of one scenario, as Jepsen keeps it: every deviation and milestone whose business transaction committed
 * (answered 201, or found in agreement-service's database afterwards) with the event its outbox holds for it
 * ({@code deviation.reported}; {@code milestone.missed}, written by the announcement job), and every effect of that
 * event: its records on the broker, risk-service's rule firings (one per event, whatever the rule decided) and
 * kpi-service's inbox row with its deviation facts or milestone outcome. Each is classified as delivered, lost,
 * duplicated or unexpected (an effect of nothing the ledger committed).
 */
final class Ledger {

    static final List<String> TOPICS = List.of("agreement.deviations.v1", "agreement.milestones.v1");
    private static final List<String> CHANNELS = List.of("deviation-events", "milestone-events");
    private static final String CONSUMED_TYPES = "(cause_event_type LIKE '%deviation.reported%' "
            + "OR cause_event_type LIKE '%milestone.missed%')";

    /** One consumer's (or the broker's) account of the ledger's events. */
    record Account(String who, int delivered, int lost, int duplicated, int unexpected, String note) {

        @Override
        public String toString() {
            return "%-14s delivered %5d   lost %d   duplicated %d   unexpected %d%s".formatted(who, delivered, lost,
                    duplicated, unexpected, note.isEmpty() ? "" : "   (" + note + ")");
        }
    }

    private final String scenario;
    private final List<PartnershipLoad.Attempt> attempts;
    /** Committed deviations and milestones: id to the request's reference (external ref, milestone name). */
    private final Map<String, String> committed;
    /** Outbox event id per committed deviation and milestone. */
    private final Map<String, String> eventOf;
    private final List<Account> accounts = new ArrayList<>();
    private final List<String> writeProblems = new ArrayList<>();
    /** Requests committed although their answer was not 201 (the commit's acknowledgement was lost), replayed by key. */
    private int replayedByKey;

    private Ledger(String scenario, List<PartnershipLoad.Attempt> attempts, Map<String, String> committed,
                   Map<String, String> eventOf) {
        this.scenario = scenario;
        this.attempts = attempts;
        this.committed = committed;
        this.eventOf = eventOf;
    }

    /**
     * Whether risk-service and kpi-service have applied an event for every committed deviation and milestone of the
     * partnership (a milestone's once the job has announced it missed).
     */
    static boolean consumersCaughtUp(FaultPlatform platform, Partnership partnership) {
        String partner = partnership.partnerId().toString();
        long committed = platform.postgres().queryForLong("agreement",
                "SELECT (SELECT count(*) FROM deviation WHERE partner_id = '" + partner + "') "
                        + "+ (SELECT count(*) FROM milestone WHERE partner_id = '" + partner + "')");
        long risk = platform.postgres().queryForLong("risk", "SELECT count(DISTINCT cause_event_id) FROM rule_firing"
                + " WHERE partner_id = '" + partner + "' AND " + CONSUMED_TYPES);
        long kpi = platform.postgres().queryForLong("kpi",
                "SELECT (SELECT count(*) FROM deviation_record WHERE partner_id = '" + partner + "') "
                        + "+ (SELECT count(*) FROM milestone_outcome WHERE partner_id = '" + partner + "')");
        return risk >= committed && kpi >= committed;
    }

    /** Reads the producer's database, the topics and both consumers' databases, and classifies every entry. */
    static Ledger read(FaultPlatform platform, Partnership partnership, String scenario,
                       PartnershipLoad load) throws SQLException {
        List<PartnershipLoad.Attempt> attempts = load.attempts();
        String partner = partnership.partnerId().toString();
        Map<String, String> committed = new LinkedHashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        try (Connection c = platform.postgres().superuserConnection("agreement")) {
            List<List<String>> records = new ArrayList<>(rows(c, "SELECT d.id::text, d.external_ref, o.id::text "
                    + "FROM deviation d LEFT JOIN outbox_event o ON o.aggregate_id = d.id::text "
                    + "AND o.ce_type LIKE '%deviation.reported%' WHERE d.partner_id = ?::uuid", partner));
            // a milestone event's aggregate is the SOW: the payload names the milestone
            records.addAll(rows(c, "SELECT m.id::text, m.name, o.id::text FROM milestone m LEFT JOIN outbox_event o "
                    + "ON o.ce_type LIKE '%milestone.missed%' AND o.payload::jsonb ->> 'milestoneId' = m.id::text "
                    + "WHERE m.partner_id = ?::uuid", partner));
            for (List<String> row : records) {
                committed.put(row.get(0), row.get(1));
                if (row.get(2) != null) {
                    eventOf.put(row.get(0), row.get(2));
                }
            }
        }
        Ledger ledger = new Ledger(scenario, attempts, committed, eventOf);
        ledger.checkWrites(load);
        ledger.checkPublication(platform, partner);
        ledger.checkRisk(platform, partner);
        ledger.checkKpi(platform, partner);
        return ledger;
    }

    /** The answers against the database: every 201 committed, nothing committed that was refused or never asked. */
    private void checkWrites(PartnershipLoad load) {
        Map<String, String> refs = committed.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Set<String> asked = new HashSet<>();
        for (PartnershipLoad.Attempt a : attempts) {
            asked.add(a.externalRef());
            if (a.status() == 201 && !a.recordId().equals(refs.get(a.externalRef()))) {
                writeProblems.add("answered 201 but not committed: " + a.externalRef());
            }
            if (a.answered() && a.status() != 201 && refs.containsKey(a.externalRef())) {
                checkReplay(load, a, refs.get(a.externalRef()));
            }
        }
        refs.keySet().stream().filter(ref -> !asked.contains(ref))
                .forEach(ref -> writeProblems.add("committed but never requested: " + ref));
        committed.keySet().stream().filter(id -> !eventOf.containsKey(id))
                .forEach(id -> writeProblems.add("committed without an outbox event: " + id));
    }

    /**
     * A request committed although its answer said otherwise: PostgreSQL stopped after the commit reached it and
     * before it was acknowledged, so the service could only answer 503. The client's retry with its
     * Idempotency-Key must then replay the committed record, not write it again.
     */
    private void checkReplay(PartnershipLoad load, PartnershipLoad.Attempt attempt, String committedId) {
        try {
            Api.Answer retry = load.retry(attempt);
            if (retry.status() == 201 && committedId.equals(retry.id())) {
                replayedByKey++;
            } else {
                writeProblems.add("answered " + attempt.status() + " but committed: " + attempt.externalRef()
                        + ", and its retry with the same Idempotency-Key answered " + retry.status() + " "
                        + retry.body());
            }
        } catch (IOException e) {
            writeProblems.add("answered " + attempt.status() + " but committed: " + attempt.externalRef()
                    + ", and its retry failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void checkPublication(FaultPlatform platform, String partner) {
        Map<String, Integer> copies = new HashMap<>();
        int unexpected = 0;
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String topic : TOPICS) {
            records.addAll(readTopic(platform.kafka().bootstrapServers(), topic));
        }
        for (ConsumerRecord<String, String> record : records) {
            String type = header(record, "ce_type");
            String subject = type == null ? null : type.contains("deviation.reported") ? "deviationId"
                    : type.contains("milestone.missed") ? "milestoneId" : null;
            if (subject == null) {
                continue;
            }
            JsonObject payload = Json.createReader(new StringReader(record.value())).readObject();
            if (!partner.equals(payload.getString("partnerId", null))) {
                continue;
            }
            String id = header(record, "ce_id");
            if (!id.equals(eventOf.get(payload.getString(subject)))) {
                unexpected++;
            } else {
                copies.merge(id, 1, Integer::sum);
            }
        }
        // the relay is at-least-once: a record sent again after a crash carries the same ce_id, which consumers skip
        long resent = copies.values().stream().filter(n -> n > 1).count();
        account("broker", copies, unexpected, false, resent == 0 ? "" : resent + " sent again with the same ce_id");
    }

    private void checkRisk(FaultPlatform platform, String partner) throws SQLException {
        Map<String, Integer> firings = new HashMap<>();
        int unexpected = 0;
        Set<String> ledgerEvents = new HashSet<>(eventOf.values());
        try (Connection c = platform.postgres().superuserConnection("risk")) {
            for (List<String> row : rows(c, "SELECT cause_event_id, count(*)::text FROM rule_firing WHERE "
                    + "partner_id = ?::uuid AND " + CONSUMED_TYPES + " GROUP BY cause_event_id", partner)) {
                if (ledgerEvents.contains(row.get(0))) {
                    firings.put(row.get(0), Integer.parseInt(row.get(1)));
                } else {
                    unexpected++;
                }
            }
            Set<String> processed = processed(c);
            long applied = firings.keySet().stream().filter(processed::contains).count();
            account("risk-service", firings, unexpected, true,
                    applied + " in processed_event");
        }
    }

    private void checkKpi(FaultPlatform platform, String partner) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        int unexpected = 0;
        try (Connection c = platform.postgres().superuserConnection("kpi")) {
            Set<String> processed = processed(c);
            List<String> records = new ArrayList<>(column(rows(c, "SELECT deviation_id::text FROM deviation_record "
                    + "WHERE partner_id = ?::uuid", partner)));
            records.addAll(column(rows(c, "SELECT milestone_id::text FROM milestone_outcome WHERE partner_id = ?::uuid",
                    partner)));
            for (String record : records) {
                String event = eventOf.get(record);
                if (event == null) {
                    unexpected++;
                } else if (processed.contains(event)) {
                    applied.put(event, 1);
                }
            }
            // a derived measurement links each event it came from once; twice would be an event applied twice
            for (List<String> row : rows(c, "SELECT s.event_id, count(*)::text FROM measurement_source_event s "
                    + "JOIN measurement m ON m.id = s.measurement_id WHERE m.partner_id = ?::uuid "
                    + "GROUP BY s.event_id, m.kpi_code HAVING count(*) > 1", partner)) {
                applied.merge(row.get(0), Integer.parseInt(row.get(1)), Math::max);
            }
            long links = rows(c, "SELECT DISTINCT s.event_id FROM measurement_source_event s JOIN measurement m "
                    + "ON m.id = s.measurement_id WHERE m.partner_id = ?::uuid", partner).size();
            account("kpi-service", applied, unexpected, true, links + " events linked to derived measurements");
        }
    }

    private void account(String who, Map<String, Integer> counts, int unexpected, boolean countDuplicates,
                         String note) {
        int delivered = 0;
        int lost = 0;
        int duplicated = 0;
        for (String event : eventOf.values()) {
            int n = counts.getOrDefault(event, 0);
            if (n == 0) {
                lost++;
            } else if (n > 1 && countDuplicates) {
                duplicated++;
            } else {
                delivered++;
            }
        }
        accounts.add(new Account(who, delivered, lost, duplicated, unexpected, note));
    }

    List<Account> accounts() {
        return accounts;
    }

    List<String> writeProblems() {
        return writeProblems;
    }

    int committed() {
        return committed.size();
    }

    long acknowledged() {
        return attempts.stream().filter(a -> a.status() == 201).count();
    }

    /** The summary printed after each scenario. */
    String summary() {
        Map<String, Long> failures = attempts.stream().filter(a -> a.status() != 201)
                .collect(Collectors.groupingBy(a -> a.status() == 0 ? "no answer" : String.valueOf(a.status()),
                        LinkedHashMap::new, Collectors.counting()));
        long committedUnanswered = committed.size() - acknowledged();
        StringBuilder s = new StringBuilder();
        s.append("Ledger of ").append(scenario).append(": ").append(attempts.size()).append(" requests, ")
                .append(acknowledged()).append(" answered 201, failed ").append(failures).append("; ")
                .append(committed.size()).append(" committed (").append(committedUnanswered)
                .append(" of them without a 201; ").append(replayedByKey)
                .append(" of those answered with an error and replayed by their Idempotency-Key)")
                .append(System.lineSeparator());
        accounts.forEach(a -> s.append("  ").append(a).append(System.lineSeparator()));
        writeProblems.forEach(p -> s.append("  WRITE PROBLEM: ").append(p).append(System.lineSeparator()));
        return s.toString();
    }

    /** The events the consumer of each of the ledger's channels recorded as applied. */
    private static Set<String> processed(Connection c) throws SQLException {
        Set<String> processed = new HashSet<>();
        for (String channel : CHANNELS) {
            processed.addAll(column(rows(c, "SELECT event_id FROM processed_event WHERE consumer = ?", channel)));
        }
        return processed;
    }

    private static List<ConsumerRecord<String, String>> readTopic(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> rows(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static List<String> column(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).toList();
    }
}
