package com.partnershipgovernance.benchmark;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedLoopTest {

    private static final long SERVICE_MS = 20;

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
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
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void keepsExactlyItsConnectionsBusyAndCountsUnexpectedStatusesAsErrors() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";

        ClosedLoop.Throughput t = new ClosedLoop().run(() -> Call.get(url, "token"), s -> s == 200, 4,
                Duration.ofSeconds(1));

        assertThat(mostInFlight.get()).isEqualTo(4);
        // four clients, each waiting 20 ms per answer: about 200 answers in a second, never more
        assertThat(t.requestsPerSecond() + t.errors()).isBetween(60.0, 200.0);
        assertThat(t.errors()).isEqualTo(served.get() / 10);
    }
}
