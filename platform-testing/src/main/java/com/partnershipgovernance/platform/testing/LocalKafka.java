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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka broker in KRaft mode, running in this JVM from the Maven Central jars.
 * It keeps its port and log directory across {@link #stop()} and {@link #start()}, so tests can take
 * the broker away and bring it back with its data. The catalogue's topics are created at start.
 * Its listener is plain unless {@link #requireScram} asks for SASL authentication.
 */
public final class LocalKafka implements AutoCloseable {

    /** The topics of the event catalogue (EVENTS.md), created up front so consumers find them at once. */
    public static final List<String> PLATFORM_TOPICS = List.of("partner.events.v1", "agreement.events.v1",
            "agreement.milestones.v1", "agreement.deviations.v1", "kpi.events.v1", "risk.events.v1");

    private static final int PARTITIONS = 3;
    private static final String SCRAM = "SCRAM-SHA-512";
    /** The broker's own user, for its inter-broker listener and for {@link #admin()}. */
    private static final String BROKER_USER = "local-kafka";

    /** A SCRAM user's name and password. */
    private record ScramUser(String name, String password) {
    }

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final ScramUser broker = new ScramUser(BROKER_USER, UUID.randomUUID().toString());
    private ScramUser client;
    private KafkaRaftServer server;

    public LocalKafka(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Makes the listener require SASL SCRAM-SHA-512 (a client without credentials is not served), with
     * {@code username} as the clients' user. The credentials are written when the storage is formatted: call this
     * before the first start.
     */
    public synchronized LocalKafka requireScram(String username, String password) {
        client = new ScramUser(username, password);
        return this;
    }

    /** An admin client of the broker's own user (close it), e.g. to change a client user's credentials. */
    public Admin admin() {
        Map<String, Object> settings = new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()));
        if (client != null) {
            settings.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            settings.put("sasl.mechanism", SCRAM);
            settings.put("sasl.jaas.config", jaasConfig(broker));
        }
        return Admin.create(settings);
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
        try (Admin admin = admin()) {
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
        String listener = client == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        p.setProperty("listeners", listener + "://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", listener + "://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", listener);
        p.setProperty("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        if (client != null) {
            p.setProperty("sasl.enabled.mechanisms", SCRAM);
            p.setProperty("sasl.mechanism.inter.broker.protocol", SCRAM);
            p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaasConfig(broker));
        }
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

    private static String jaasConfig(ScramUser user) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user.name()
                + "\" password=\"" + user.password() + "\";";
    }

    /** Formats the storage; SCRAM credentials of the broker and the client user go into the first metadata. */
    private void format(Path config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", config.toString()));
            if (client != null) {
                for (ScramUser user : List.of(broker, client)) {
                    args.addAll(List.of("--add-scram",
                            SCRAM + "=[name=" + user.name() + ",password=" + user.password() + "]"));
                }
            }
            StorageTool.execute(args.toArray(String[]::new), ps);
        } catch (Exception e) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + out, e);
        }
    }
}
