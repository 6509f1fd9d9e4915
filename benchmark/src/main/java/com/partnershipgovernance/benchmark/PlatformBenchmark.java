package com.partnershipgovernance.benchmark;

import com.partnershipgovernance.platform.testing.ServiceDatabase;

import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code deploy/bench}: starts the platform with the launcher's code, generates a portfolio through the REST
 * APIs, warms up, then measures and prints (see {@link Report}). Figures are printed, never asserted.
 */
public final class PlatformBenchmark {

    private static final String DEVIATION_REPORTED = "com.partnershipgovernance.deviation.reported.v1";
    private static final int READ_POOL = 200;
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(6);
    /** The open loop's connection limit: far above what a fixed rate needs, so waiting for one stays rare. */
    private static final int OPEN_LOOP_CONNECTIONS = 64;

    private final BenchmarkOptions options;
    private final Path repository;
    private final Report report = new Report();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PlatformBenchmark(BenchmarkOptions options, Path repository) {
        this.options = options;
        this.repository = repository;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "jdk");
        if (System.getProperty("java.util.logging.config.file") == null) {
            // Kafka and zonky log through SLF4J to java.util.logging: only the figures belong on the console
            java.util.logging.LogManager.getLogManager().reset();
        }
        Path repository = repositoryRoot();
        Path defaultDataDir = repository.resolve("benchmark").resolve("target").resolve("bench-data");
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args, defaultDataDir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator());
            System.err.print(BenchmarkOptions.usage(defaultDataDir));
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchmarkOptions.usage(defaultDataDir));
            return;
        }
        Pgbench pgbench = new Pgbench(options.pgbench(), options.dataDir().resolve("pgbench"));
        if (!pgbench.available()) {
            System.err.println(Pgbench.INSTALL_HINT);
            System.exit(2);
        }
        new PlatformBenchmark(options, repository).run(pgbench);
        System.exit(0);
    }

    private void run(Pgbench pgbench) throws Exception {
        try (BenchPlatform platform = new BenchPlatform(repository, options.dataDir(), options.serviceJavaOptions())) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "bench-stop"));
            step("Starting PostgreSQL, Kafka and each service alone");
            report.firstStartups(platform.start());

            String token = platform.tokens().admin(TOKEN_VALIDITY);
            Rest rest = new Rest(http, () -> platform.tokens().admin(Duration.ofMinutes(10)));
            step("Generating the portfolio: " + options.size());
            Instant generating = Instant.now();
            Portfolio portfolio = Portfolio.generate(options.size(), rest, platform::url, new Random(42));
            report.generated(options.size(), Duration.between(generating, Instant.now()));

            List<UUID> deviations = reportDeviations(rest, platform.url("agreement-service"), portfolio, READ_POOL);
            for (Scenario scenario : scenarios(platform, portfolio, deviations, token)) {
                awaitQuiet(platform);
                measure(platform, scenario);
            }
            measureEventLag(platform, portfolio, token);
            Map<String, Long> rssAfterLoad = new LinkedHashMap<>();
            BenchPlatform.SERVICES.forEach(s -> rssAfterLoad.put(s, platform.rssKb(s)));
            report.rssAfterLoad(rssAfterLoad);

            step("pgbench on the same PostgreSQL");
            measureCeiling(platform, pgbench, portfolio);

            if (options.restarts()) {
                step("Restarting each service alone (no migrations left to run)");
                List<BenchPlatform.Startup> restarts = new ArrayList<>();
                for (String service : BenchPlatform.SERVICES) {
                    restarts.add(platform.restart(service));
                }
                report.restarts(restarts);
            }
            step("Stopping");
        }
        System.out.println();
        System.out.print(report.render(options));
    }

    private List<Scenario> scenarios(BenchPlatform platform, Portfolio portfolio, List<UUID> deviations,
                                     String token) {
        String agreement = platform.url("agreement-service");
        String kpi = platform.url("kpi-service");
        return List.of(
                new Scenario(Report.WRITE, () -> deviationRequest(agreement, portfolio, token), 201,
                        options.writeRate()),
                new Scenario(Report.READ, () -> get(agreement + "/deviations/" + any(deviations), token), 200,
                        options.readRate()),
                new Scenario(Report.PARTNER_DASHBOARD, () -> get(kpi + "/dashboards/partners/"
                        + any(portfolio.partners()), token), 200, options.dashboardRate()),
                new Scenario(Report.PORTFOLIO_DASHBOARD, () -> get(kpi + "/dashboards/portfolio", token), 200,
                        options.portfolioRate()));
    }

    private void measure(BenchPlatform platform, Scenario scenario) throws InterruptedException {
        step(scenario.name() + ": warm-up " + options.warmUp().toSeconds() + " s, saturation with "
                + options.connections() + " connections, then " + scenario.rate() + "/s fixed rate");
        ClosedLoop closed = new ClosedLoop();
        closed.run(scenario.requests(), s -> s == scenario.expected(), options.connections(), options.warmUp());
        ProcessCpu.Sample before = platform.cpu();
        ClosedLoop.Throughput saturation = closed.run(scenario.requests(), s -> s == scenario.expected(),
                options.connections(), options.duration());
        ProcessCpu.Sample cpu = platform.cpu().since(before);
        LatencySummary latency = new OpenLoop(OPEN_LOOP_CONNECTIONS).run(scenario.requests(), s -> s == scenario.expected(),
                scenario.rate(), options.duration(), Duration.ofSeconds(60));
        report.scenario(scenario, saturation, latency, cpu);
    }

    private void measureEventLag(BenchPlatform platform, Portfolio portfolio, String token) throws Exception {
        step("Event lag: deviation.reported (agreement-service) processed by risk-service, " + options.lagRate()
                + "/s for " + options.lagDuration().toSeconds() + " s");
        String agreement = platform.url("agreement-service");
        awaitQuiet(platform);
        Instant since = Instant.now();
        LatencySummary sending = new OpenLoop(OPEN_LOOP_CONNECTIONS).run(() -> deviationRequest(agreement, portfolio, token),
                s -> s == 201, options.lagRate(), options.lagDuration(), Duration.ofSeconds(60));
        try (Connection producer = connect(platform.database("agreement-service"));
             Connection consumer = connect(platform.database("risk-service"))) {
            report.eventLag(sending, EventLag.measure(producer, consumer, DEVIATION_REPORTED, since,
                    Duration.ofSeconds(120)));
        }
    }

    /** Lets the consumers finish the previous scenario's events, so a measurement has the machine to itself. */
    private static void awaitQuiet(BenchPlatform platform) throws InterruptedException {
        long began = System.nanoTime();
        Quiescence.Backlog left = platform.awaitQuiet(QUIET_TIMEOUT);
        String waited = "%.1f s".formatted((System.nanoTime() - began) / 1e9);
        step(left.empty() ? "Outboxes and consumers caught up (" + waited + ")"
                : "Still pending after " + waited + ": " + left.unpublished() + " unpublished events, "
                + left.consumerLag() + " unconsumed; measuring anyway");
    }

    /** Each ceiling on its own: if one fails, the other and the service figures still stand, with the reason. */
    private void measureCeiling(BenchPlatform platform, Pgbench pgbench, Portfolio portfolio) {
        int port = platform.postgres().port();
        ServiceDatabase agreement = platform.database("agreement-service");
        Portfolio.PartnerSow sow = portfolio.sows().get(0);
        double writes = ceiling("write", () -> pgbench.run("pgbench-report-deviation.sql", port, agreement.name(),
                agreement.appUser(), agreement.appPassword(), options.connections(), options.duration(),
                Map.of("partner", sow.partner().toString(), "sow", sow.sow().toString())));
        double selects = ceiling("select-only", () -> {
            try (Connection c = platform.postgres().superuserConnection("postgres");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE pgbench");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database pgbench: " + e.getMessage(), e);
            }
            pgbench.initialise(port, "pgbench", "postgres", "postgres", 1);
            return pgbench.run("pgbench-select-by-key.sql", port, "pgbench", "postgres", "postgres",
                    options.connections(), options.duration(), Map.of());
        });
        report.ceiling(writes, selects);
    }

    private static double ceiling(String what, java.util.function.DoubleSupplier run) {
        try {
            return run.getAsDouble();
        } catch (RuntimeException e) {
            System.out.println("pgbench " + what + " failed, no ceiling: " + e.getMessage());
            return Double.NaN;
        }
    }

    /** Reports {@code count} deviations, for the reads by id. */
    private static List<UUID> reportDeviations(Rest rest, String agreementUrl, Portfolio portfolio, int count) {
        step("Reporting " + count + " deviations for the reads by id");
        return Portfolio.parallel(java.util.stream.IntStream.range(0, count).boxed().toList(), i -> UUID.fromString(
                rest.post(agreementUrl + "/deviations", deviationBody(portfolio.sows().get(i % portfolio.sows().size())),
                        null, 201).id()));
    }

    private static Call deviationRequest(String agreementUrl, Portfolio portfolio, String token) {
        return Call.post(agreementUrl + "/deviations", token, deviationBody(any(portfolio.sows())),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static String deviationBody(Portfolio.PartnerSow ps) {
        LocalDate today = LocalDate.now();
        return """
                {"partnerId":"%s","sowId":"%s","batchNumber":"DS-2027-%04d","category":"OOS_RESULT",
                 "severity":"MAJOR","occurredOn":"%s","reportedOn":"%s",
                 "description":"Assay result 91.2%% against a specification of 95-105%%"}"""
                .formatted(ps.partner(), ps.sow(), ThreadLocalRandom.current().nextInt(10_000), today.minusDays(1),
                        today);
    }

    private static Call get(String url, String token) {
        return Call.get(url, token);
    }

    private static <T> T any(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private static Connection connect(ServiceDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    private static void step(String what) {
        System.out.printf("[%tT] %s%n", Instant.now().toEpochMilli(), what);
    }

    /** {@code <repo>}: this class is in {@code <repo>/benchmark/target/benchmark.jar} or {@code .../classes}. */
    private static Path repositoryRoot() {
        try {
            Path location = Path.of(PlatformBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
