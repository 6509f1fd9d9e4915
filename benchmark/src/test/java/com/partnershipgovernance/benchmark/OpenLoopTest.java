package com.partnershipgovernance.benchmark;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenLoopTest {

    private static final long STALL_MS = 400;

    private LocalHttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startServer() {
        // one handler thread: a stall holds back every request behind it, as a stalled service would
        server = new LocalHttpServer(1, exchange -> {
            int n = served.incrementAndGet();
            if (n == 1) {
                sleep(STALL_MS);
            }
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsEveryScheduledRequestAndChargesAStallToTheRequestsQueuedBehindIt() throws Exception {
        OpenLoop loop = new OpenLoop(64);

        LatencySummary summary = loop.run(() -> request("/ok"), s -> s == 200, 50, Duration.ofSeconds(1),
                Duration.ofSeconds(30));

        assertThat(summary.count()).isEqualTo(50);
        assertThat(served.get()).isEqualTo(50);
        assertThat(summary.errors()).isZero();
        // the stalled first answer took at least the stall from its intended send time, and is the maximum
        assertThat(summary.max()).isGreaterThanOrEqualTo(STALL_MS);
    }

    @Test
    void countsUnexpectedStatusesAsErrors() throws Exception {
        OpenLoop loop = new OpenLoop(64);

        LatencySummary summary = loop.run(() -> request("/missing"), s -> s == 200, 20, Duration.ofMillis(500),
                Duration.ofSeconds(30));

        assertThat(summary.count()).isEqualTo(10);
        assertThat(summary.errors()).isEqualTo(10);
    }

    @Test
    void schedulesTheIthRequestAtIOverTheRate() {
        OpenLoop.Schedule schedule = new OpenLoop.Schedule(1_000, 200);

        assertThat(schedule.intendedNanos(0)).isEqualTo(1_000);
        assertThat(schedule.intendedNanos(1)).isEqualTo(1_000 + 5_000_000);
        assertThat(schedule.intendedNanos(200)).isEqualTo(1_000 + 1_000_000_000L);
        assertThat(schedule.countWithin(Duration.ofSeconds(10))).isEqualTo(2_000);
        assertThat(new OpenLoop.Schedule(0, 0.5).countWithin(Duration.ofSeconds(3))).isEqualTo(1);
        assertThatThrownBy(() -> new OpenLoop.Schedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Call request(String path) {
        return Call.get(server.url(path), "token");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
