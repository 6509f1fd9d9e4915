package com.partnershipgovernance.benchmark;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Sends requests at a fixed rate whatever the server does (open loop) and records each latency from the
 * time the request was <em>meant</em> to be sent, so a stall delays every request scheduled behind it and
 * shows in the percentiles instead of slowing the generator down (coordinated omission corrected).
 */
public final class OpenLoop {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final int connections;

    /** @param connections the most connections open at once; a request waiting for one is late, and counted so */
    public OpenLoop(int connections) {
        this.connections = connections;
    }

    /**
     * Sends {@code rate * duration} requests, the i-th at {@code start + i / rate}, and waits for the answers
     * (at most {@code drain} after the last send).
     *
     * @param requests the next request to send (called on the sending thread)
     * @param expected which statuses count as success
     */
    public LatencySummary run(Supplier<Call> requests, IntPredicate expected, double rate, Duration duration,
                              Duration drain) throws InterruptedException {
        Schedule schedule = new Schedule(System.nanoTime(), rate);
        int total = schedule.countWithin(duration);
        Histogram micros = LatencySummary.newHistogram();
        AtomicLong errors = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(total);
        try (LoadClient client = new LoadClient(connections)) {
            send(client, schedule, total, requests, expected, micros, errors, answered);
            boolean complete = answered.await(drain.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (micros) {
                if (!complete) {
                    // unanswered requests count as errors with the longest latency they could have had
                    long pending = answered.getCount();
                    errors.addAndGet(pending);
                    micros.recordValueWithCount(Math.min((System.nanoTime() - schedule.intendedNanos(0)) / 1000,
                            micros.getHighestTrackableValue()), pending);
                }
                return LatencySummary.of(micros.copy(), errors.get());
            }
        }
    }

    private static void send(LoadClient client, Schedule schedule, int total, Supplier<Call> requests,
                             IntPredicate expected, Histogram micros, AtomicLong errors, CountDownLatch answered) {
        for (int i = 0; i < total; i++) {
            long intended = schedule.intendedNanos(i);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            client.send(requests.get(), REQUEST_TIMEOUT).whenComplete((status, failure) -> {
                long latency = (System.nanoTime() - intended) / 1000;
                synchronized (micros) {
                    micros.recordValue(Math.min(latency, micros.getHighestTrackableValue()));
                }
                if (failure != null || !expected.test(status)) {
                    errors.incrementAndGet();
                }
                answered.countDown();
            });
        }
    }

    /** When the i-th request of a fixed-rate run is due. */
    record Schedule(long startNanos, double rate) {

        Schedule {
            if (!(rate > 0)) {
                throw new IllegalArgumentException("rate must be positive: " + rate);
            }
        }

        long intendedNanos(int i) {
            return startNanos + Math.round(i * 1_000_000_000.0 / rate);
        }

        int countWithin(Duration duration) {
            return (int) Math.floor(duration.toNanos() / 1_000_000_000.0 * rate);
        }
    }
}
