package com.partnershipgovernance.benchmark;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedLoopTest {

    private static final long SERVICE_MS = 20;

    private LocalHttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startServer() {
        server = new LocalHttpServer(16, exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(SERVICE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = served.incrementAndGet();
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(n % 10 == 0 ? 500 : 200, -1);
            exchange.close();
        });
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void keepsExactlyItsConnectionsBusyAndCountsUnexpectedStatusesAsErrors() throws Exception {
        String url = server.url("/x");

        ClosedLoop.Throughput t = new ClosedLoop().run(() -> Call.get(url, "token"), s -> s == 200, 4,
                Duration.ofSeconds(1));

        assertThat(mostInFlight.get()).isEqualTo(4);
        // four clients, each waiting 20 ms per answer: about 200 answers in a second, never more
        assertThat(t.requestsPerSecond() + t.errors()).isBetween(60.0, 200.0);
        assertThat(t.errors()).isEqualTo(served.get() / 10);
    }
}
