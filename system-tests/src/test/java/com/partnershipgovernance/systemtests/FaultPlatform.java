package com.partnershipgovernance.systemtests;

import com.partnershipgovernance.deploy.ServiceProcess;
import com.partnershipgovernance.platform.testing.LocalKafka;
import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.ServiceDatabase;
import com.partnershipgovernance.platform.testing.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as {@code deploy/run} starts it, for the fault suite: one embedded PostgreSQL (with its data in a
 * directory of its own, so it can be stopped and started again), one Kafka broker in this JVM, and the four packaged
 * services as child JVMs built by the launcher's {@link ServiceProcess}. Consumers' session timeouts are lowered so a
 * rebalance after a kill takes seconds rather than the default 45.
 */
final class FaultPlatform implements AutoCloseable {

    static final String PARTNER = "partner-service";
    static final String AGREEMENT = "agreement-service";
    static final String KPI = "kpi-service";
    static final String RISK = "risk-service";

    private static final Map<String, String> DATABASES = Map.of(PARTNER, "partner", AGREEMENT, "agreement",
            KPI, "kpi", RISK, "risk");
    private static final List<String> SERVICE_OPTIONS = List.of(
            "-Dmp.messaging.connector.smallrye-kafka.session.timeout.ms=6000",
            "-Dmp.messaging.connector.smallrye-kafka.heartbeat.interval.ms=1000",
            // below the long database outage (130 s), as is the connector's acknowledgement age limit (60 s by
            // default): the outage crosses every consumer timeout in play
            "-Dmp.messaging.connector.smallrye-kafka.max.poll.interval.ms=60000",
            // milestones planned overdue by the load are announced missed within seconds
            "-Dagreement.milestones.announce-every=2s", "-Dagreement.milestones.announce-delay=1s");
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Path dataDir;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalTokens tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, ServiceDatabase> databases = new LinkedHashMap<>();

    private FaultPlatform(Path repository, Path dataDir) {
        this.dataDir = dataDir;
        this.postgres = LocalPostgres.persistent(TestInfrastructure.freePort(), dataDir.resolve("postgres"));
        int kafkaPort = TestInfrastructure.freePorts(2);
        this.kafka = new LocalKafka(kafkaPort, kafkaPort + 1, dataDir.resolve("kafka"));
        this.tokens = LocalTokens.inDirectory(dataDir.resolve("keys"));
        int httpPort = TestInfrastructure.freePorts(DATABASES.size());
        for (String module : List.of(PARTNER, AGREEMENT, KPI, RISK)) {
            services.put(module, new ServiceProcess(module, httpPort++,
                    repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"),
                    dataDir.resolve("logs").resolve(module + ".log"), SERVICE_OPTIONS));
        }
    }

    /** Starts PostgreSQL, Kafka and the four services under a fresh {@code dataDir}, and waits until all are ready. */
    static FaultPlatform start(Path repository, Path dataDir) {
        FaultPlatform platform = new FaultPlatform(repository, dataDir);
        try {
            platform.postgres.start();
            DATABASES.forEach((module, db) -> platform.databases.put(module, platform.postgres.ensureServiceDatabase(db)));
            platform.kafka.start();
            platform.services.keySet().forEach(platform::startService);
            platform.services.keySet().forEach(platform::awaitReady);
            return platform;
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    ServiceProcess service(String module) {
        return services.get(module);
    }

    String url(String module) {
        return services.get(module).url();
    }

    LocalPostgres postgres() {
        return postgres;
    }

    LocalKafka kafka() {
        return kafka;
    }

    LocalTokens tokens() {
        return tokens;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Starts {@code module}'s JVM (again) against its database and the broker; does not wait for it. */
    void startService(String module) {
        services.get(module).start(databases.get(module), kafka.bootstrapServers(), dataDir.resolve("keys/public.pem"));
    }

    /** Waits until {@code module} answers ready, failing with its log's tail if it dies or takes too long. */
    void awaitReady(String module) {
        ServiceProcess service = services.get(module);
        await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(service.process().isAlive()).as("%s died during start-up:%n%s", module, service.logTail(40))
                    .isTrue();
            return service.isReady();
        });
    }

    /** {@code kill -9} of {@code module}'s JVM: no shutdown hook, no commit of consumer offsets, no flush. */
    void kill(String module) throws InterruptedException {
        Process process = services.get(module).process();
        process.toHandle().destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s killed", module).isTrue();
    }

    /** {@code kill -STOP} of {@code module}'s JVM: it stands still, as in a long pause, until {@link #resume}. */
    void pause(String module) throws IOException, InterruptedException {
        signal(module, "STOP");
    }

    /** {@code kill -CONT} of a JVM {@link #pause}d before. */
    void resume(String module) throws IOException, InterruptedException {
        signal(module, "CONT");
    }

    private void signal(String module, String signal) throws IOException, InterruptedException {
        long pid = services.get(module).process().pid();
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %d (%s)", signal, pid, module).isZero();
    }

    /** The size of {@code module}'s log now, to read what it writes from here on with {@link #logFrom}. */
    long logSize(String module) {
        try {
            return Files.size(services.get(module).log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code module} wrote to its log from {@code offset} on. */
    String logFrom(String module, long offset) {
        try {
            byte[] all = Files.readAllBytes(services.get(module).log());
            return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::requestStop);
        for (ServiceProcess service : services.values()) {
            try {
                service.awaitStop(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            kafka.stop();
        } finally {
            postgres.stop();
        }
    }

    static Path freshDirectory(Path parent, String name) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
