package com.partnershipgovernance.platform.outbox;

import com.partnershipgovernance.platform.config.PlatformConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka. One relay per service is active at a time: each batch runs in a
 * transaction holding a PostgreSQL advisory lock, so two replicas never publish the same rows and
 * an aggregate's events keep their order. Rows are marked published only after the broker
 * acknowledged them ({@code acks=all}, idempotent producer); while Kafka is down the relay retries
 * with exponential back-off. It is woken right after each commit and polls only as a fallback.
 * Its producer is configured like the service's SmallRye channels, from every {@code kafka.*} property
 * (brokers, TLS, SASL), with the relay's own delivery guarantees set on top.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final String LOCK_KEY = "outbox-relay";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformConfig config;

    @Inject
    MeterRegistry metrics;

    /** Quarkus's Kafka configuration: every {@code kafka.*} property, the prefix removed, as the channels get it. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfiguration;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final Semaphore wakeUp = new Semaphore(0);
    /** Notified by {@link #stop}, so a back-off in progress does not delay the shutdown. */
    private final Object stopSignal = new Object();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failures;

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the relay thread (idempotent). */
    public synchronized void start() {
        if (running) {
            return;
        }
        published = metrics.counter("outbox.events.published");
        failures = metrics.counter("outbox.publish.failures");
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the relay; unpublished rows stay in the outbox for the next start or another replica. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.release();
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
        try {
            worker.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }

    /** Asks the relay to publish now; called after each commit that wrote events. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** The event source, {@code ce_source}. */
    public String source() {
        return config.events().source().orElse("/" + applicationName);
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failing = false;
        while (running) {
            try {
                int count = publishBatch();
                if (failing) {
                    LOG.info("Outbox relay publishes again");
                    failing = false;
                }
                backoff = FIRST_BACKOFF;
                if (count < config.outbox().batchSize()) {
                    wakeUp.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                closeProducer();
                if (!failing) {
                    LOG.warnf("Outbox relay cannot publish, retrying with back-off: %s", e.getMessage());
                    failing = true;
                } else {
                    LOG.debugf("Outbox relay still cannot publish: %s", e.getMessage());
                }
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.outbox().maxBackoff());
            }
        }
    }

    /** Publishes one batch under the advisory lock; returns how many rows it published. */
    int publishBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                takeRelayLock(connection);
                List<OutboxRow> rows = pending(connection);
                List<UUID> acknowledged = send(rows);
                markPublished(connection, acknowledged);
                connection.commit();
                published.increment(acknowledged.size());
                if (acknowledged.size() < rows.size()) {
                    throw new IllegalStateException("Kafka did not acknowledge " + (rows.size() - acknowledged.size())
                            + " of " + rows.size() + " events");
                }
                return rows.size();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void takeRelayLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '5s'");
            s.execute("SELECT pg_advisory_xact_lock(hashtext('" + LOCK_KEY + "'))");
        }
    }

    private List<OutboxRow> pending(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, topic, aggregate_id, ce_type, occurred_at, payload FROM outbox_event "
                        + "WHERE published_at IS NULL ORDER BY seq LIMIT ?")) {
            s.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                            rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /** Sends the rows in order and returns the ids of the acknowledged prefix. */
    private List<UUID> send(List<OutboxRow> rows) throws InterruptedException {
        if (rows.isEmpty()) {
            return List.of();
        }
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, String> record = row.toRecord(source());
            sent.add(kafka.send(record));
        }
        List<UUID> acknowledged = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + config.outbox().deliveryTimeout().plusSeconds(5).toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                // keep order: an unacknowledged event and everything after it are sent again
                LOG.debugf("Event %s not acknowledged: %s", rows.get(i).id(), e.getMessage());
                break;
            }
        }
        return acknowledged;
    }

    private static void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY(?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            s.setArray(1, array);
            s.executeUpdate();
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /**
     * The service's Kafka configuration, with what the relay's guarantees rest on set over it: every replica
     * acknowledges, the idempotent producer keeps a partition's order across retries, and sends fail within the
     * outbox's delivery timeout so that unacknowledged rows are sent again.
     */
    private Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>(kafkaConfiguration);
        settings.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        int delivery = (int) config.outbox().deliveryTimeout().toMillis();
        settings.putAll(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, delivery),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery,
                ProducerConfig.LINGER_MS_CONFIG, 0));
        return settings;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    /** Waits out a back-off, or less if the relay is stopped meanwhile (commits must not cut it short). */
    private void pause(Duration duration) {
        synchronized (stopSignal) {
            if (!running) {
                return;
            }
            try {
                stopSignal.wait(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
