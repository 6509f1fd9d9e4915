package com.partnershipgovernance.platform.testing.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends the same request many times at once (all threads released together), to prove what a
 * service does under concurrent writers: one winner per {@code If-Match}, one record per
 * {@code Idempotency-Key}.
 */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /** One answer. */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        /**
         * Whether this is the service shedding load: a 503 problem when its connection pool stayed
         * exhausted (retryable, nothing written), which a loaded machine may see among many concurrent requests.
         */
        public boolean isRetryableOverload() {
            return status == 503 && String.valueOf(header("Content-Type")).startsWith("application/problem+json");
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /**
     * Asserts that of concurrent changes sent with one {@code If-Match}, exactly one succeeded (200) and
     * every other was refused as a problem: 412, or 503 where the service shed load.
     */
    public static void assertOneChangeWon(List<Answer> answers) {
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status() == 412 || a.isRetryableOverload()).as("412 or 503, not %s", a).isTrue();
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        });
    }

    /**
     * Asserts that concurrent creates sent with one {@code Idempotency-Key} all answered 201 with the same
     * record (but those the service shed as overload), and returns that answer's body.
     */
    public static String assertOneRecordCreated(List<Answer> answers) {
        String first = answers.stream().filter(a -> a.status() == 201).findFirst()
                .orElseThrow(() -> new AssertionError("no request created the record: " + answers)).body();
        assertThat(answers).allSatisfy(a -> {
            if (!a.isRetryableOverload()) {
                assertThat(a.status()).isEqualTo(201);
                assertThat(a.body()).isEqualTo(first);
            }
        });
        return first;
    }

    /** Sends {@code copies} identical requests with a JSON {@code body} concurrently; answers in sending order. */
    public static List<Answer> send(int copies, String method, URI uri, Map<String, String> headers, String body) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        CountDownLatch ready = new CountDownLatch(copies);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(threads.submit(() -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/json")
                            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
                    headers.forEach(request::header);
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body(), response.headers().map());
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> results = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A concurrent request failed", e.getCause() instanceof IOException
                    ? e.getCause() : e);
        } finally {
            threads.shutdownNow();
        }
    }
}
