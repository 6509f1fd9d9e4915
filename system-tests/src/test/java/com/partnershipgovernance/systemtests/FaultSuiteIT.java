package com.partnershipgovernance.systemtests;

import com.partnershipgovernance.deploy.ServiceProcess;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite of issue 8: the packaged services as child JVMs against one PostgreSQL and one Kafka broker, a
 * steady stream of deviations and overdue milestones (announced missed by agreement-service's job) written through
 * agreement-service's REST API, and one fault per scenario: the broker
 * taken away, the producer or a consumer killed with {@code kill -9}, the database stopped immediately (briefly, and
 * for longer than every consumer timeout in play), a SIGTERM.
 * Each scenario keeps a {@link Ledger} of what committed and what each consumer applied, prints it, and asserts
 * nothing lost, nothing applied twice and nothing unexpected. A fixed seed ({@code -Dfault.seed}) chooses the fault
 * points; {@code -Dfault.events} sets the events per scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final long SEED = Long.getLong("fault.seed", 20_261_127L);
    private static final int EVENTS = Integer.getInteger("fault.events", 2000);
    private static final double RATE = 50;
    private static final int CLIENTS = 4;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    /** Longer than every consumer timeout in play: the acknowledgement age limit (60 s), max.poll.interval.ms. */
    private static final Duration LONG_OUTAGE = Duration.ofSeconds(130);
    /** Requests written while the consumers stand still, just before the long outage. */
    private static final int BACKLOG = 100;

    private final Api api = new Api(Duration.ofSeconds(30));
    private final Random random = new Random(SEED);
    private FaultPlatform platform;

    @BeforeAll
    void startPlatform() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Instant begin = Instant.now();
        platform = FaultPlatform.start(repository,
                FaultPlatform.freshDirectory(Path.of("target", "fault-suite").toAbsolutePath(), "run-"));
        System.out.printf("Fault suite (seed %d, %d events per scenario): platform ready in %.1f s, data in %s%n",
                SEED, EVENTS, seconds(begin), platform.dataDir());
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void brokerOutageLosesNothingAndTheBacklogDrains() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Broker Outage Biologics");
        PartnershipLoad load = load(partnership, "broker-outage");
        int stopAt = EVENTS / 5 + random.nextInt(EVENTS / 5);

        load.awaitFinished(stopAt);
        Instant stopped = Instant.now();
        platform.kafka().stop();
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        int writtenDuringOutage = load.finished() - stopAt;
        platform.kafka().start();
        Instant restarted = Instant.now();
        load.awaitDone(Duration.ofMinutes(5));
        Instant loadDone = Instant.now();
        awaitConsumers(partnership);
        Instant drained = Instant.now();

        Ledger ledger = Ledger.read(platform, partnership, "broker outage", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        System.out.printf("  broker down %.1f s after request %d (%d requests meanwhile); after its restart "
                        + "every effect was applied within %.1f s (%.1f s after the last request); %.0f events/s "
                        + "end to end; scenario took %.1f s%n",
                seconds(stopped, restarted), stopAt, writtenDuringOutage, seconds(restarted, drained),
                seconds(loadDone, drained), ledger.committed() / seconds(restarted, drained), seconds(begin));
        assertClean(ledger);
        assertThat(ledger.acknowledged()).as("every write answered 201, the broker is not in its path")
                .isEqualTo(EVENTS);
    }

    @Test
    @Order(2)
    void producerKilledThreeTimesPublishesEveryCommittedEventAndNothingElse() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Producer Crash Biologics");
        PartnershipLoad load = load(partnership, "producer-crash");
        int[] killPoints = IntStream.generate(() -> EVENTS / 10 + random.nextInt(EVENTS * 8 / 10)).limit(3)
                .sorted().toArray();
        StringBuilder restarts = new StringBuilder();
        for (int point : killPoints) {
            load.awaitFinished(point);
            platform.kill(FaultPlatform.AGREEMENT);
            load.hold();
            Instant killed = Instant.now();
            platform.startService(FaultPlatform.AGREEMENT);
            platform.awaitReady(FaultPlatform.AGREEMENT);
            restarts.append(" %d (back in %.1f s)".formatted(point, seconds(killed)));
            load.resume();
        }
        load.awaitDone(Duration.ofMinutes(5));
        awaitConsumers(partnership);

        Ledger ledger = Ledger.read(platform, partnership, "producer crash", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        System.out.printf("  agreement-service killed -9 after requests%s; scenario took %.1f s%n", restarts,
                seconds(begin));
        assertClean(ledger);
    }

    @Test
    @Order(3)
    void consumerKilledAppliesEveryEventExactlyOnce() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Consumer Crash Biologics");
        PartnershipLoad load = load(partnership, "consumer-crash");
        int killAt = EVENTS / 5 + random.nextInt(EVENTS * 3 / 5);

        load.awaitFinished(killAt);
        platform.kill(FaultPlatform.RISK);
        Instant killed = Instant.now();
        platform.startService(FaultPlatform.RISK);
        platform.awaitReady(FaultPlatform.RISK);
        Instant back = Instant.now();
        load.awaitDone(Duration.ofMinutes(5));
        awaitConsumers(partnership);

        Ledger ledger = Ledger.read(platform, partnership, "consumer crash", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        long skipped = consumedCount(FaultPlatform.RISK, "DUPLICATE_SKIPPED");
        System.out.printf("  risk-service killed -9 after request %d, ready again in %.1f s; after the restart its "
                        + "inbox skipped %d redelivered events already in processed_event; scenario took %.1f s%n",
                killAt, seconds(killed, back), skipped, seconds(begin));
        assertClean(ledger);
    }

    @Test
    @Order(4)
    void databaseRestartAnswers503MeanwhileAndLosesNothing() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Database Restart Biologics");
        long[] pids = pids();
        PartnershipLoad load = load(partnership, "database-restart");
        int stopAt = EVENTS / 5 + random.nextInt(EVENTS / 5);

        load.awaitFinished(stopAt);
        Instant stopped = Instant.now();
        platform.postgres().stopImmediately();
        await().atMost(Duration.ofSeconds(30)).until(() -> !platform.service(FaultPlatform.AGREEMENT).isReady());
        Instant notReady = Instant.now();
        Thread.sleep(Duration.ofSeconds(10).toMillis());
        platform.postgres().start();
        Instant restarted = Instant.now();
        await().atMost(Duration.ofSeconds(60)).until(() -> platform.service(FaultPlatform.AGREEMENT).isReady());
        Instant ready = Instant.now();
        load.awaitDone(Duration.ofMinutes(5));
        awaitConsumers(partnership);

        Ledger ledger = Ledger.read(platform, partnership, "database restart", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        List<PartnershipLoad.Attempt> refused = load.attempts().stream().filter(a -> a.status() != 201).toList();
        long slowest = refused.stream().mapToLong(PartnershipLoad.Attempt::millis).max().orElse(0);
        System.out.printf("  PostgreSQL stopped immediately after request %d for %.1f s; agreement-service not "
                        + "ready after %.1f s and ready again %.1f s after the restart; %d requests refused, the "
                        + "slowest refusal in %d ms; scenario took %.1f s%n", stopAt, seconds(stopped, restarted),
                seconds(stopped, notReady), seconds(restarted, ready), refused.size(), slowest, seconds(begin));
        assertClean(ledger);
        assertThat(refused).as("refusals while the database was down").allSatisfy(a -> {
            assertThat(a.status()).as("%s: %s", a.externalRef(), a.failure()).isEqualTo(503);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.retryAfter()).isNotBlank();
        });
        assertThat(pids()).as("no service was restarted").containsExactly(pids);
    }

    @Test
    @Order(5)
    void sigtermDuringLoadTakesReadinessDownFirstAndFinishesInFlightRequests() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Graceful Shutdown Biologics");
        PartnershipLoad load = load(partnership, "graceful-shutdown");
        int stopAt = EVENTS / 5 + random.nextInt(EVENTS * 3 / 5);
        ServiceProcess agreement = platform.service(FaultPlatform.AGREEMENT);

        load.awaitFinished(stopAt);
        Process process = agreement.process();
        long logOffset = platform.logSize(FaultPlatform.AGREEMENT);
        long terminatedAt = System.nanoTime();
        process.toHandle().destroy();
        boolean sawNotReady = false;
        while (process.isAlive() && !sawNotReady) {
            sawNotReady = readinessAnswers503(agreement);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits within the shutdown timeout").isTrue();
        double exitSeconds = (System.nanoTime() - terminatedAt) / 1e9;
        load.hold();
        String log = platform.logFrom(FaultPlatform.AGREEMENT, logOffset);
        platform.startService(FaultPlatform.AGREEMENT);
        platform.awaitReady(FaultPlatform.AGREEMENT);
        load.resume();
        load.awaitDone(Duration.ofMinutes(5));
        awaitConsumers(partnership);

        Ledger ledger = Ledger.read(platform, partnership, "graceful shutdown", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        List<PartnershipLoad.Attempt> inFlight = load.attempts().stream()
                .filter(a -> a.sentAtNanos() < terminatedAt).toList();
        System.out.printf("  SIGTERM to agreement-service after request %d: readiness answered 503 before it "
                        + "stopped: %s; exited after %.1f s with code %d; %d requests sent before the signal; "
                        + "scenario took %.1f s%n", stopAt, sawNotReady, exitSeconds, process.exitValue(),
                inFlight.size(), seconds(begin));
        assertClean(ledger);
        assertThat(sawNotReady).as("readiness went DOWN while the service still answered").isTrue();
        assertThat(inFlight).as("requests sent before SIGTERM").allSatisfy(a ->
                assertThat(a.status()).as("%s: %s", a.externalRef(), a.failure()).isEqualTo(201));
        assertThat(log).as("agreement-service's log from SIGTERM on").doesNotContainIgnoringCase("unprocessed");
    }

    @Test
    @Order(6)
    void longDatabaseOutageIsWaitedOutByTheConsumersWhichResumeByThemselves() throws Exception {
        Instant begin = Instant.now();
        Partnership partnership = Partnership.create(platform, api, "Long Outage Biologics");
        long[] pids = pids();
        PartnershipLoad load = load(partnership, "long-database-outage");
        int stopAt = EVENTS / 5 + random.nextInt(EVENTS / 5);

        load.awaitFinished(stopAt);
        // the consumers stand still for a moment (shorter than their session timeout) while events pile up, so
        // that when the database dies each holds events it cannot apply yet: the case that killed them
        platform.pause(FaultPlatform.KPI);
        platform.pause(FaultPlatform.RISK);
        load.awaitFinished(stopAt + BACKLOG);
        platform.postgres().stopImmediately();
        Instant stopped = Instant.now();
        platform.resume(FaultPlatform.KPI);
        platform.resume(FaultPlatform.RISK);
        Thread.sleep(LONG_OUTAGE.toMillis());
        List<String> liveDuringOutage = List.of(liveness(FaultPlatform.KPI), liveness(FaultPlatform.RISK));
        platform.postgres().start();
        Instant restarted = Instant.now();
        for (String module : List.of(FaultPlatform.PARTNER, FaultPlatform.AGREEMENT, FaultPlatform.KPI,
                FaultPlatform.RISK)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> platform.service(module).isReady());
        }
        Instant ready = Instant.now();
        load.awaitDone(Duration.ofMinutes(5));
        awaitConsumers(partnership);

        Ledger ledger = Ledger.read(platform, partnership, "long database outage", load);
        System.out.print(ledger.summary());
        System.out.println("  load: " + load.describe());
        List<PartnershipLoad.Attempt> refused = load.attempts().stream().filter(a -> a.status() != 201).toList();
        System.out.printf("  kpi-service and risk-service paused after request %d, PostgreSQL stopped immediately "
                        + "after request %d and kept down %.1f s; every service ready again %.1f s after its restart "
                        + "without being restarted itself; %d requests refused; scenario took %.1f s%n", stopAt,
                stopAt + BACKLOG, seconds(stopped, restarted), seconds(restarted, ready), refused.size(),
                seconds(begin));
        assertClean(ledger);
        assertThat(liveDuringOutage).as("kpi-service's and risk-service's liveness at the end of the outage")
                .containsOnly("200");
        for (String module : List.of(FaultPlatform.KPI, FaultPlatform.RISK)) {
            assertThat(liveness(module)).as("%s liveness after the outage", module).isEqualTo("200");
        }
        assertThat(refused).as("refusals while the database was down").allSatisfy(a -> {
            assertThat(a.status()).as("%s: %s", a.externalRef(), a.failure()).isEqualTo(503);
            assertThat(a.contentType()).startsWith("application/problem+json");
        });
        assertThat(pids()).as("no service was restarted").containsExactly(pids);
    }

    /** The status of {@code module}'s liveness check with its body, or just the status when UP. */
    private String liveness(String module) throws Exception {
        Api.Answer answer = api.get(platform.url(module) + "/q/health/live", "none");
        return answer.status() == 200 ? "200" : answer.status() + " " + answer.body();
    }

    private PartnershipLoad load(Partnership partnership, String scenario) {
        return new PartnershipLoad(api, platform.url(FaultPlatform.AGREEMENT),
                platform.tokens().token("u-quality").name("Quinn Quality").roles("quality").validFor(Duration.ofHours(2))
                        .sign(), partnership, scenario, SEED).start(EVENTS, RATE, CLIENTS);
    }

    /** Waits for the consumers to catch up; if they do not, the ledger that follows says what is missing. */
    private void awaitConsumers(Partnership partnership) {
        try {
            await().atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofMillis(200))
                    .until(() -> Ledger.consumersCaughtUp(platform, partnership));
        } catch (ConditionTimeoutException e) {
            System.out.println("  consumers had not caught up after " + DRAIN_TIMEOUT.toMinutes() + " min");
        }
    }

    private static void assertClean(Ledger ledger) {
        assertThat(ledger.writeProblems()).as("writes against answers").isEmpty();
        assertThat(ledger.committed()).as("committed deviations and milestones").isPositive();
        assertThat(ledger.accounts()).allSatisfy(account -> {
            assertThat(account.lost()).as("%s lost", account.who()).isZero();
            assertThat(account.duplicated()).as("%s duplicated", account.who()).isZero();
            assertThat(account.unexpected()).as("%s unexpected", account.who()).isZero();
            assertThat(account.delivered()).as("%s delivered", account.who()).isEqualTo(ledger.committed());
        });
    }

    private boolean readinessAnswers503(ServiceProcess service) {
        try {
            return api.get(service.url() + "/q/health/ready", "none").status() == 503;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A service's count of consumed deviation and milestone events with {@code outcome}, from its metrics. */
    private long consumedCount(String module, String outcome) throws Exception {
        String metrics = api.get(platform.url(module) + "/q/metrics", "none").body();
        Matcher m = Pattern.compile("events_consumed_total\\{[^}]*channel=\"(deviation|milestone)-events\"[^}]*"
                + "outcome=\"" + outcome + "\"[^}]*} ([0-9.E]+)").matcher(metrics);
        long count = 0;
        while (m.find()) {
            count += (long) Double.parseDouble(m.group(2));
        }
        return count;
    }

    private long[] pids() {
        return List.of(FaultPlatform.PARTNER, FaultPlatform.AGREEMENT, FaultPlatform.KPI, FaultPlatform.RISK)
                .stream().mapToLong(m -> platform.service(m).process().pid()).toArray();
    }

    private static double seconds(Instant from) {
        return seconds(from, Instant.now());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
