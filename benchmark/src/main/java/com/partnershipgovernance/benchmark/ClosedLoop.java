package com.partnershipgovernance.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Saturation throughput: {@code connections} clients each send the next request as soon as the previous one
 * is answered, for a fixed time; the figure is answered requests per second.
 */
public final class ClosedLoop {

    /**
     * @param requestsPerSecond successful answers per second
     * @param errors            answers with an unexpected status, or failures
     */
    public record Throughput(double requestsPerSecond, long errors) {
    }

    private final HttpClient client;

    public ClosedLoop(HttpClient client) {
        this.client = client;
    }

    public Throughput run(Supplier<HttpRequest> requests, IntPredicate expected, int connections, Duration duration)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        int status = client.send(requests.get(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (expected.test(status) ? ok : errors).incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "closed-loop-" + c);
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput(ok.get() / seconds, errors.get());
    }
}
