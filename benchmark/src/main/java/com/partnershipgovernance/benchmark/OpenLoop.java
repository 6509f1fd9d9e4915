package com.partnershipgovernance.benchmark;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private final HttpClient client;

    public OpenLoop(HttpClient client) {
        this.client = client;
    }

    /**
     * Sends {@code rate * duration} requests, the i-th at {@code start + i / rate}, and waits for the answers
     * (at most {@code drain} after the last send).
     *
     * @param requests the next request to send (called on the sending thread)
     * @param expected which statuses count as success
     */
    public LatencySummary run(Supplier<HttpRequest> requests, IntPredicate expected, double rate, Duration duration,
                              Duration drain) throws InterruptedException {
        Schedule schedule = new Schedule(System.nanoTime(), rate);
        int total = schedule.countWithin(duration);
        Histogram micros = LatencySummary.newHistogram();
        AtomicLong errors = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            long intended = schedule.intendedNanos(i);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            client.sendAsync(requests.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = (System.nanoTime() - intended) / 1000;
                synchronized (micros) {
                    micros.recordValue(Math.min(latency, micros.getHighestTrackableValue()));
                }
                if (failure != null || !expected.test(response.statusCode())) {
                    errors.incrementAndGet();
                }
                answered.countDown();
            });
        }
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
