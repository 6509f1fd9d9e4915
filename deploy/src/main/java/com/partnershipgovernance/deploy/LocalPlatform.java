package com.partnershipgovernance.deploy;

import com.partnershipgovernance.deploy.demo.DemoPortfolio;
import com.partnershipgovernance.deploy.demo.DemoSeedFailure;
import com.partnershipgovernance.platform.testing.LocalKafka;
import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.ServiceDatabase;
import sun.misc.Signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;

/**
 * The local platform behind {@code deploy/run}: an embedded PostgreSQL (one database per service), a
 * single-node Kafka broker in this JVM, and the four services as child JVMs, all kept under one data
 * directory that survives restarts. It stays in the foreground; Ctrl-C or SIGTERM stops the services,
 * then Kafka, then PostgreSQL. PostgreSQL is supervised: if it dies, it is started again on its data
 * ({@link PostgresSupervisor}), and if that keeps failing the platform stops with the reason. {@code deploy/run token ...} only mints a token with the local key.
 */
public final class LocalPlatform {

    /** A service module and its database; its HTTP port is {@code --http-port} plus its index. */
    private record Service(String module, String database) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("partner-service", "partner"),
            new Service("agreement-service", "agreement"),
            new Service("kpi-service", "kpi"),
            new Service("risk-service", "risk"));

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    /** A little more than the services' quarkus.shutdown.timeout (20 s), so a graceful stop is never cut short. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);
    private static final Duration KAFKA_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMIN_TOKEN_VALIDITY = Duration.ofHours(12);

    private final LauncherOptions options;
    private final Path repository;
    private final Instant launched;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Leftovers leftovers;
    /** Held while something starts or stops, so a Ctrl-C during start-up cannot miss a process. */
    private final Object lifecycle = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    /**
     * 128 + the signal that stopped the platform, or 1 when PostgreSQL could not be kept running; main exits with it,
     * as the handler may not get to.
     */
    private volatile int exitStatus;
    private LocalPostgres postgres;
    private volatile PostgresSupervisor postgresSupervisor;
    private LocalKafka kafka;

    private LocalPlatform(LauncherOptions options, Path repository) {
        this.options = options;
        this.repository = repository;
        this.launched = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        this.leftovers = new Leftovers(options.dataDir());
        for (int i = 0; i < SERVICES.size(); i++) {
            String module = SERVICES.get(i).module();
            services.add(new ServiceProcess(module, options.firstServicePort() + i,
                    repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"),
                    options.dataDir().resolve("logs").resolve(module + ".log")));
            dashboardSettings(module, options.firstServicePort()).forEach(services.get(i)::setProperty);
            services.get(i).trainClassArchiveIn(options.dataDir().resolve("class-archives"));
        }
        if (options.demo()) {
            // the demo's past-due milestones are reported missed by the next run of this job: every minute
            // rather than every hour, so that their automatic risks follow the seed (first run 2 min after start)
            services.get(1).setProperty("agreement.milestones.announce-every", "1m");
        }
    }

    /**
     * kpi-service's dashboard page calls agreement-service and risk-service from the browser: it learns
     * their URLs from kpi-service, and they allow its origin (as localhost or 127.0.0.1) by CORS.
     */
    private static Map<String, String> dashboardSettings(String module, int firstServicePort) {
        int kpiPort = portOf("kpi-service", firstServicePort);
        return switch (module) {
            case "kpi-service" -> Map.of(
                    "dashboard.agreement-service-url", "http://localhost:" + portOf("agreement-service", firstServicePort),
                    "dashboard.risk-service-url", "http://localhost:" + portOf("risk-service", firstServicePort));
            case "agreement-service", "risk-service" ->
                    Map.of("quarkus.http.cors.origins", "http://localhost:" + kpiPort + ",http://127.0.0.1:" + kpiPort);
            default -> Map.of();
        };
    }

    private static int portOf(String module, int firstServicePort) {
        return firstServicePort + SERVICES.stream().map(Service::module).toList().indexOf(module);
    }

    public static void main(String[] args) {
        configureLogging();
        Path repository = repositoryRoot();
        Path defaultDataDir = defaultDataDir(repository);
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, defaultDataDir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator());
            System.err.print(LauncherOptions.usage(defaultDataDir));
            System.exit(2);
            return;
        }
        switch (options.command()) {
            case HELP -> System.out.print(LauncherOptions.usage(defaultDataDir));
            case TOKEN -> System.out.println(mintToken(options));
            case RUN -> new LocalPlatform(options, repository).run();
        }
    }

    private void run() {
        installStopHandlers();
        try {
            start();
        } catch (RuntimeException | Error e) {
            if (closing) {
                return; // a signal arrived during start-up; its handler stops everything and exits
            }
            if (e instanceof StartupFailure) {
                System.err.println(System.lineSeparator() + "Start-up failed: " + e.getMessage());
            } else {
                System.err.println(System.lineSeparator() + "Start-up failed:");
                e.printStackTrace();
            }
            stop();
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // signal handlers run on daemon threads: returning from main could end the JVM with 0 first
        if (exitStatus != 0) {
            System.exit(exitStatus);
        }
    }

    private void start() {
        Path dataDir = options.dataDir();
        if (!options.infraOnly()) {
            requireJars();
        }
        leftovers.stop();
        requireFreePorts();
        createDirectories(dataDir);
        System.out.println("Data directory " + dataDir);

        LocalTokens tokens = LocalTokens.inDirectory(dataDir.resolve("keys"));
        Path publicKey = dataDir.resolve("keys").resolve("public.pem");

        List<ServiceDatabase> databases = new ArrayList<>();
        step("PostgreSQL on port " + options.pgPort(), () -> {
            postgres = LocalPostgres.persistent(options.pgPort(), dataDir.resolve("postgres"));
            postgres.start();
            SERVICES.forEach(s -> databases.add(postgres.ensureServiceDatabase(s.database())));
            postgresSupervisor = new PostgresSupervisor(dataDir.resolve("postgres"), this::restartPostgres,
                    this::stopBecause, System.out);
            postgresSupervisor.start();
        });
        step("Kafka on port " + options.kafkaPort(), () -> {
            kafka = new LocalKafka(options.kafkaPort(), options.kafkaPort() + 1, dataDir.resolve("kafka"));
            kafka.start();
        });
        if (!options.infraOnly()) {
            step("the services", () -> {
                for (int i = 0; i < services.size(); i++) {
                    services.get(i).start(databases.get(i), kafka.bootstrapServers(), publicKey);
                }
                leftovers.record(services);
            });
            awaitReady();
            services.forEach(this::reportUnexpectedExit);
            if (options.demo()) {
                seedDemo(tokens);
            }
        }

        String adminToken = tokens.admin(ADMIN_TOKEN_VALIDITY);
        Path adminTokenFile = dataDir.resolve("admin.jwt");
        try {
            Files.writeString(adminTokenFile, adminToken + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean defaultDir = dataDir.equals(defaultDataDir(repository));
        System.out.print(new StartupSummary(options, defaultDir, secondsSinceLaunch()).render(
                options.infraOnly() ? List.of() : services, kafka.bootstrapServers(), databases, publicKey,
                adminToken, ADMIN_TOKEN_VALIDITY, adminTokenFile));
    }

    /**
     * Seeds the demo portfolio outside {@link #step}: it takes a while and talks only to the running
     * services, so Ctrl-C need not wait for it.
     */
    private void seedDemo(LocalTokens tokens) {
        DemoPortfolio.Endpoints endpoints = new DemoPortfolio.Endpoints(URI.create(services.get(0).url()),
                URI.create(services.get(1).url()), URI.create(services.get(2).url()),
                URI.create(services.get(3).url()));
        try {
            new DemoPortfolio(endpoints, tokens, options.dataDir(), System.out).seedOnce();
        } catch (DemoSeedFailure e) {
            if (closing) {
                throw new StartupFailure("stopping");
            }
            throw new StartupFailure("Seeding the demo portfolio failed: " + e.getMessage());
        }
    }

    /** Runs one start-up step unless a stop has begun; the stop waits for a running step to finish. */
    private void step(String what, Runnable action) {
        Instant begin = Instant.now();
        synchronized (lifecycle) {
            if (closing) {
                throw new StartupFailure("stopping");
            }
            System.out.println("Starting " + what + " ...");
            action.run();
        }
        System.out.printf("  done in %.1f s%n", seconds(Duration.between(begin, Instant.now())));
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Set<ServiceProcess> waiting = new LinkedHashSet<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (closing) {
                    throw new StartupFailure("stopping");
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    System.out.printf("  %-18s ready after %.1f s%n", service.name(), secondsSinceLaunch());
                } else if (!service.process().isAlive()) {
                    throw failure(service, service.name() + " exited with code " + service.process().exitValue()
                            + " during start-up");
                } else if (Instant.now().isAfter(deadline)) {
                    throw failure(service, service.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                            + " s");
                }
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private static StartupFailure failure(ServiceProcess service, String message) {
        System.err.println(System.lineSeparator() + "----- last lines of " + service.log() + " -----");
        System.err.println(service.logTail(40));
        System.err.println("-----");
        return new StartupFailure(message);
    }

    private void reportUnexpectedExit(ServiceProcess service) {
        service.process().onExit().thenAccept(p -> {
            if (!closing) {
                System.err.printf("%n%s exited unexpectedly with code %d; see %s (the others keep running)%n",
                        service.name(), p.exitValue(), service.log());
            }
        });
    }

    /** Starts PostgreSQL again on its data directory after it died; nothing once the platform is stopping. */
    private void restartPostgres() {
        synchronized (lifecycle) {
            if (closing) {
                return;
            }
            try {
                // forgets the dead server (its pg_ctl stop finds nothing to stop) and releases the data directory
                postgres.stop();
            } catch (RuntimeException e) {
                System.err.println("Releasing the dead PostgreSQL failed: " + e);
            }
            postgres.start();
        }
    }

    /** Stops the platform for a reason other than a signal, and exits with status 1. */
    private void stopBecause(String reason) {
        System.err.println(System.lineSeparator() + reason + System.lineSeparator() + "Stopping the platform.");
        exitStatus = 1;
        stop();
        System.exit(1);
    }

    /**
     * Stops in dependency order: services first (they still flush to Kafka and PostgreSQL), then
     * Kafka, then PostgreSQL. Safe to call more than once and from any thread.
     */
    private void stop() {
        closing = true;
        if (postgresSupervisor != null) {
            postgresSupervisor.stop();
        }
        synchronized (lifecycle) {
            if (stopped.getCount() == 0) {
                return;
            }
            boolean started = postgres != null;
            if (started) {
                System.out.println(System.lineSeparator() + "Stopping ...");
            }
            services.forEach(ServiceProcess::requestStop);
            for (ServiceProcess service : services) {
                try {
                    service.awaitStop(STOP_GRACE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            leftovers.forget();
            if (kafka != null) {
                stopKafka();
            }
            if (postgres != null) {
                try {
                    postgres.stop();
                } catch (RuntimeException e) {
                    System.err.println("Stopping PostgreSQL failed: " + e);
                }
            }
            stopped.countDown();
            if (started) {
                System.out.println("Stopped.");
            }
        }
    }

    /** Stops the broker, but gives up after a while: PostgreSQL must be stopped whatever Kafka does. */
    private void stopKafka() {
        Thread stopper = new Thread(() -> {
            try {
                kafka.stop();
            } catch (RuntimeException e) {
                System.err.println("Stopping Kafka failed: " + e);
            }
        }, "kafka-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(KAFKA_STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            System.err.println("Kafka did not stop within " + KAFKA_STOP_TIMEOUT.toSeconds() + " s; it ends with the JVM");
        }
    }

    /** A start-up problem the user can act on; its message is the whole report. */
    private static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message);
        }
    }

    /**
     * Stops on INT, TERM and HUP by a signal handler rather than only a shutdown hook: zonky registers a
     * hook of its own that stops PostgreSQL, and hooks run concurrently, so the services would lose their
     * database while shutting down. The hook still covers every other way the JVM exits.
     */
    private void installStopHandlers() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-platform-stop"));
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    exitStatus = 128 + signal.getNumber();
                    stop();
                    System.exit(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // the JVM reserves the signal (e.g. -Xrs): the shutdown hook stops the platform instead
            }
        }
    }

    private void requireJars() {
        List<String> missing = services.stream().map(ServiceProcess::jar).filter(j -> !Files.isRegularFile(j))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new StartupFailure("Missing " + String.join(", ", missing)
                    + "; build them with deploy/run --rebuild (or ./mvnw -DskipTests install)");
        }
    }

    private void requireFreePorts() {
        List<Integer> ports = new ArrayList<>(List.of(options.pgPort(), options.kafkaPort(), options.kafkaPort() + 1));
        services.forEach(s -> ports.add(s.port()));
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StartupFailure("Port " + port + " is in use (another deploy/run?); choose others with"
                        + " --pg-port, --kafka-port or --http-port");
            }
        }
    }

    private static String mintToken(LauncherOptions options) {
        LauncherOptions.TokenRequest request = options.token();
        LocalTokens.TokenBuilder token = LocalTokens.inDirectory(options.dataDir().resolve("keys"))
                .token(request.subject())
                .name(request.name())
                .roles(request.roles().toArray(String[]::new))
                .validFor(request.validity());
        if (request.partnerId() != null) {
            token.partnerId(request.partnerId());
        }
        return token.sign();
    }

    private static Path defaultDataDir(Path repository) {
        return repository.resolve("deploy").resolve(".local");
    }

    /** {@code <repo>}: this class is in {@code <repo>/deploy/target/deploy-launcher.jar} or {@code .../classes}. */
    private static Path repositoryRoot() {
        try {
            Path location = Path.of(LocalPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kafka and zonky are chatty at INFO; their warnings are all the launcher's console needs. */
    private static void configureLogging() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = LocalPlatform.class.getResourceAsStream("/launcher-logging.properties")) {
            LogManager.getLogManager().readConfiguration(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double secondsSinceLaunch() {
        return seconds(Duration.between(launched, Instant.now()));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
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
