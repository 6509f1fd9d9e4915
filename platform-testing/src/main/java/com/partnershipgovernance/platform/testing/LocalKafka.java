package com.partnershipgovernance.platform.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka broker in KRaft mode, running in this JVM from the Maven Central jars.
 * It keeps its port and log directory across {@link #stop()} and {@link #start()}, so tests can take
 * the broker away and bring it back with its data. The catalogue's topics are created at start.
 */
public final class LocalKafka implements AutoCloseable {

    /** The topics of the event catalogue (EVENTS.md), created up front so consumers find them at once. */
    public static final List<String> PLATFORM_TOPICS = List.of("partner.events.v1", "agreement.events.v1",
            "agreement.milestones.v1", "agreement.deviations.v1", "kpi.events.v1", "risk.events.v1");

    private static final int PARTITIONS = 3;

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private KafkaRaftServer server;

    public LocalKafka(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized LocalKafka start() {
        if (server != null) {
            return this;
        }
        try {
            Path config = writeConfig();
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(config);
            }
            Properties props = new Properties();
            try (var in = Files.newInputStream(config)) {
                props.load(in);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            createTopics(PLATFORM_TOPICS);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    /** Creates those of {@code topics} that do not exist yet, with three partitions each. */
    public void createTopics(List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + topics, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(logDirectory);
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.flush.interval.messages", "1");
        // the log cleaner's default 128 MB buffer dominates a small local broker's heap
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        Path config = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(w, "local single-node KRaft broker");
        }
        return config;
    }

    private static void format(Path config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()}, ps);
        } catch (Exception e) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + out, e);
        }
    }
}
