package com.partnershipgovernance.systemtests;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of writes through agreement-service's REST API at a fixed rate: deviations reported, as quality
 * teams and partners' QMS integrations would, and every {@value #MILESTONE_EVERY}th request a milestone planned
 * already overdue, which agreement-service's job then announces missed. Request {@code i} is due at {@code i / rate}
 * seconds after the start whatever happened to the earlier ones, so an outage neither pauses nor bunches the load.
 * Each request names its record ({@code <scenario>-<i>}: a deviation's QMS number {@code externalRef}, a milestone's
 * name), by which the ledger finds what was committed. What a deviation is about (category, severity) comes from the
 * seed, so a run is reproducible.
 */
final class PartnershipLoad {

    /** Every this many requests, one plans a missed milestone instead of reporting a deviation. */
    static final int MILESTONE_EVERY = 5;

    /** What a request writes. */
    enum Kind {
        DEVIATION, MILESTONE
    }

    private static final String[] CATEGORIES = {"OOS_RESULT", "BATCH_FAILURE", "DOCUMENTATION", "EQUIPMENT",
            "MISSED_NOTIFICATION"};
    private static final String[] SEVERITIES = {"CRITICAL", "MAJOR", "MINOR", null};

    /**
     * What became of one request: what it wrote, its HTTP status (0 when no answer came: connection refused or cut),
     * the id of the created record, and what a failure answered with.
     */
    record Attempt(int index, Kind kind, String externalRef, int status, String recordId, String contentType,
                   String retryAfter, String failure, long sentAtNanos, long millis, Request request) {

        boolean answered() {
            return status > 0;
        }
    }

    /** What was sent, so that a client's retry can send it again with the same Idempotency-Key. */
    record Request(String url, String body, String idempotencyKey) {
    }

    private final Api api;
    private final String agreementService;
    private final String token;
    private final Partnership partnership;
    private final String scenario;
    private final long seed;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private ExecutorService writers;
    /** Closed while the load is held: clients wait for a service being restarted rather than fail at it. */
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile long heldNanos;
    private long heldSince;
    private long startNanos;
    private int total;
    private double perSecond;
    private int concurrency;
    private Duration took = Duration.ZERO;

    PartnershipLoad(Api api, String agreementServiceUrl, String token, Partnership partnership, String scenario,
                    long seed) {
        this.api = api;
        this.agreementService = agreementServiceUrl;
        this.token = token;
        this.partnership = partnership;
        this.scenario = scenario;
        this.seed = seed;
    }

    /** Starts {@code total} requests at {@code perSecond}, sent by {@code concurrency} clients. */
    PartnershipLoad start(int total, double perSecond, int concurrency) {
        this.total = total;
        this.perSecond = perSecond;
        this.concurrency = concurrency;
        this.startNanos = System.nanoTime();
        long intervalNanos = (long) (1_000_000_000L / perSecond);
        writers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    gate.await();
                    long wait = startNanos + heldNanos + i * intervalNanos - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    attempts.add(send(i));
                    finished.incrementAndGet();
                }
                return null;
            });
        }
        writers.shutdown();
        return this;
    }

    /** Holds back requests not yet sent (those in flight go on) until {@link #resume()}. */
    synchronized void hold() {
        if (gate.getCount() == 0) {
            gate = new CountDownLatch(1);
            heldSince = System.nanoTime();
        }
    }

    /** Lets held requests go, the schedule shifted by the time they were held. */
    synchronized void resume() {
        if (gate.getCount() > 0) {
            heldNanos += System.nanoTime() - heldSince;
            gate.countDown();
        }
    }

    /** Requests answered or failed so far. */
    int finished() {
        return finished.get();
    }

    /** Waits until every request has been sent and answered (or failed). */
    void awaitDone(Duration timeout) throws InterruptedException {
        if (!writers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            writers.shutdownNow();
            throw new IllegalStateException("The load did not finish within " + timeout);
        }
        took = elapsed();
    }

    /** How the load went: requests, time taken (held time included) and rate. */
    String describe() {
        return "%d requests in %.1f s (%.0f/s, target %.0f/s, %d clients)".formatted(total, took.toMillis() / 1000.0,
                total * 1000.0 / Math.max(1, took.toMillis()), perSecond, concurrency);
    }

    /** Waits until at least {@code count} requests have finished. */
    void awaitFinished(int count) throws InterruptedException {
        while (finished.get() < Math.min(count, total)) {
            Thread.sleep(20);
        }
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    String externalRefPrefix() {
        return scenario + "-";
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private Attempt send(int i) {
        String ref = externalRefPrefix() + i;
        Kind kind = i % MILESTONE_EVERY == MILESTONE_EVERY - 1 ? Kind.MILESTONE : Kind.DEVIATION;
        String url;
        String body;
        if (kind == Kind.MILESTONE) {
            url = agreementService + "/sows/" + partnership.sowId() + "/milestones";
            body = """
                    {"name":"%s","dueDate":"%s","owner":"Fault suite"}
                    """.formatted(ref, LocalDate.now().minusDays(1));
        } else {
            Random random = new Random(seed * 1_000_003L + i);
            String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
            url = agreementService + "/deviations";
            body = """
                    {"partnerId":"%s","sowId":"%s","externalRef":"%s","category":"%s",%s"occurredOn":"%s",
                     "description":"Fault suite deviation %d of scenario %s"}
                    """.formatted(partnership.partnerId(), partnership.sowId(), ref,
                    CATEGORIES[random.nextInt(CATEGORIES.length)],
                    severity == null ? "" : "\"severity\":\"" + severity + "\",",
                    LocalDate.now().minusDays(random.nextInt(3)), i, scenario);
        }
        Request request = new Request(url, body, UUID.randomUUID().toString());
        long begin = System.nanoTime();
        try {
            Api.Answer answer = post(request);
            return new Attempt(i, kind, ref, answer.status(), answer.status() == 201 ? answer.id() : null,
                    answer.contentType(), answer.retryAfter(), answer.status() == 201 ? null : answer.body(),
                    begin, millisSince(begin), request);
        } catch (IOException e) {
            return new Attempt(i, kind, ref, 0, null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    begin, millisSince(begin), request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(i, kind, ref, 0, null, null, null, "interrupted", begin, millisSince(begin), request);
        }
    }

    /**
     * Sends an attempt's request again with its Idempotency-Key, as a client retries a 503: a request that was
     * committed although its answer said otherwise is replayed, not written twice.
     */
    Api.Answer retry(Attempt attempt) throws IOException, InterruptedException {
        return post(attempt.request());
    }

    private Api.Answer post(Request request) throws IOException, InterruptedException {
        return api.post(request.url(), token, request.body(), Map.of("Idempotency-Key", request.idempotencyKey()));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
