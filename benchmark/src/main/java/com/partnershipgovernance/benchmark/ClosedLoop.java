package com.partnershipgovernance.benchmark;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Saturation throughput: {@code connections} clients each send the next request as soon as the previous one
 * is answered, for a fixed time; the figure is answered requests per second.
 */
public final class ClosedLoop {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param requestsPerSecond successful answers per second
     * @param errors            answers with an unexpected status, or failures
     * @param answered          successful answers
     */
    public record Throughput(double requestsPerSecond, long errors, long answered) {
    }

    public Throughput run(Supplier<Call> requests, IntPredicate expected, int connections, Duration duration)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (LoadClient client = new LoadClient(connections)) {
            for (int c = 0; c < connections; c++) {
                new Client(client, requests, expected, end, ok, errors, finished).next();
            }
            finished.await(duration.plus(REQUEST_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Throughput(ok.get() / seconds, errors.get(), ok.get());
        }
    }

    /** One connection's loop, driven by its answers rather than by a thread of its own. */
    private record Client(LoadClient http, Supplier<Call> requests, IntPredicate expected, long end, AtomicLong ok,
                          AtomicLong errors, CountDownLatch finished) {

        void next() {
            if (System.nanoTime() >= end) {
                finished.countDown();
                return;
            }
            http.send(requests.get(), REQUEST_TIMEOUT).whenComplete((status, failure) -> {
                (failure == null && expected.test(status) ? ok : errors).incrementAndGet();
                next();
            });
        }
    }
}
