package com.partnershipgovernance.benchmark;

import com.partnershipgovernance.deploy.ServiceProcess;
import com.partnershipgovernance.platform.testing.LocalKafka;
import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.ServiceDatabase;
import com.partnershipgovernance.platform.testing.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The platform under test, started with the launcher's code: an embedded PostgreSQL (fsync on, as
 * {@code deploy/run}), a Kafka broker in this JVM and the four services as child JVMs on free ports, under a
 * data directory emptied first. Services are started one at a time, so each start-up is timed alone.
 */
final class BenchPlatform implements AutoCloseable {

    static final List<String> SERVICES = List.of("partner-service", "agreement-service", "kpi-service",
            "risk-service");
    /** Generous: on a shared, overloaded machine a first start has taken more than three minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);

    /** How long one service took from its JVM's start to answering ready, and its memory then. */
    record Startup(String service, Duration toReady, long rssKb) {
    }

    private final Path dataDir;
    private final Path repository;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, ServiceDatabase> databases = new LinkedHashMap<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalTokens tokens;

    private final List<String> serviceJavaOptions;

    BenchPlatform(Path repository, Path dataDir, List<String> serviceJavaOptions) {
        this.repository = repository;
        this.dataDir = dataDir;
        this.serviceJavaOptions = List.copyOf(serviceJavaOptions);
    }

    /** Starts PostgreSQL and Kafka, then each service alone; answers the first start-ups (with migrations). */
    List<Startup> start() {
        deleteRecursively(dataDir);
        int pgPort = TestInfrastructure.freePort();
        int kafkaPort = TestInfrastructure.freePorts(2);
        int httpPort = TestInfrastructure.freePorts(SERVICES.size());
        postgres = LocalPostgres.persistent(pgPort, dataDir.resolve("postgres")).start();
        kafka = new LocalKafka(kafkaPort, kafkaPort + 1, dataDir.resolve("kafka")).start();
        tokens = LocalTokens.inDirectory(dataDir.resolve("keys"));
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            databases.put(name, postgres.ensureServiceDatabase(name.substring(0, name.indexOf('-'))));
            services.put(name, new ServiceProcess(name, httpPort + i,
                    repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                    dataDir.resolve("logs").resolve(name + ".log"),
                    serviceJavaOptions.stream().map(o -> o.replace("{service}", name)).toList()));
            // as the launcher does: the first start trains the archive the restarts map
            services.get(name).trainClassArchiveIn(dataDir.resolve("class-archives"));
        }
        List<Startup> startups = new ArrayList<>();
        for (String name : SERVICES) {
            startups.add(startAlone(name));
        }
        return startups;
    }

    /** Stops {@code service} gracefully and starts it again alone: a start-up without migrations to run. */
    Startup restart(String service) throws InterruptedException {
        ServiceProcess process = services.get(service);
        process.requestStop();
        process.awaitStop(STOP_GRACE);
        return startAlone(service);
    }

    private Startup startAlone(String name) {
        ServiceProcess service = services.get(name);
        long begin = System.nanoTime();
        service.start(databases.get(name), kafka.bootstrapServers(), dataDir.resolve("keys").resolve("public.pem"));
        long deadline = begin + READY_TIMEOUT.toNanos();
        while (!service.isReady()) {
            if (!service.process().isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not become ready; last lines of " + service.log()
                        + ":\n" + service.logTail(40));
            }
            sleep(Duration.ofMillis(20));
        }
        Duration toReady = Duration.ofNanos(System.nanoTime() - begin);
        return new Startup(name, toReady, rssKb(name));
    }

    /** The resident set size of the service's JVM now, from {@code /proc/<pid>/status} (VmRSS), in kB. */
    long rssKb(String service) {
        long pid = services.get(service).process().pid();
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU seconds so far of each service, PostgreSQL and this JVM (see {@link ProcessCpu}). */
    ProcessCpu.Sample cpu() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.process().pid()));
        return ProcessCpu.take(pids, postmasterPid());
    }

    /** The first line of PostgreSQL's {@code postmaster.pid}, or -1 if it cannot be read. */
    private long postmasterPid() {
        try (Stream<String> lines = Files.lines(dataDir.resolve("postgres").resolve("postmaster.pid"))) {
            return lines.findFirst().map(String::trim).map(Long::parseLong).orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    String url(String service) {
        return services.get(service).url();
    }

    LocalTokens tokens() {
        return tokens;
    }

    LocalPostgres postgres() {
        return postgres;
    }

    /** Waits for the outboxes and the consumers to have caught up (see {@link Quiescence}). */
    Quiescence.Backlog awaitQuiet(Duration timeout) throws InterruptedException {
        return new Quiescence(kafka.bootstrapServers(), databases.values()).await(timeout);
    }

    ServiceDatabase database(String service) {
        return databases.get(service);
    }

    /** Services first, then Kafka, then PostgreSQL, as the launcher does. */
    @Override
    public void close() {
        services.values().forEach(ServiceProcess::requestStop);
        for (ServiceProcess s : services.values()) {
            try {
                s.awaitStop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + dir, e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
