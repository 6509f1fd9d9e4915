package com.partnershipgovernance.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A small JSON client of the services' public APIs, as a user of them would call them: bearer token,
 * {@code Idempotency-Key} on every create (a retried seed step cannot create twice), {@code If-Match}
 * with the ETag last read, and {@code X-Change-Reason} where a change needs one. Any answer outside
 * 2xx stops the seed with the service's problem detail.
 */
final class DemoClient {

    /** One answer: status, JSON body (missing when empty) and ETag. */
    record Reply(int status, JsonNode body, String etag) {

        String id() {
            return body.path("id").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static ObjectMapper json() {
        return JSON;
    }

    Reply get(URI uri, Persona as) {
        return send(request(uri, as).GET());
    }

    /** Creates with a fresh {@code Idempotency-Key}. */
    Reply create(URI uri, Persona as, Object body) {
        return send(request(uri, as).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(publisher(body)));
    }

    /** A POST action on an existing record: {@code If-Match} when {@code etag} is given. */
    Reply post(URI uri, Persona as, String etag, String reason, Object body) {
        HttpRequest.Builder request = request(uri, as);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (reason != null) {
            request.header("X-Change-Reason", reason);
        }
        return send(request.POST(body == null ? HttpRequest.BodyPublishers.noBody() : publisher(body)));
    }

    Reply put(URI uri, Persona as, String etag, String reason, Object body) {
        HttpRequest.Builder request = request(uri, as).header("If-Match", etag);
        if (reason != null) {
            request.header("X-Change-Reason", reason);
        }
        return send(request.PUT(publisher(body)));
    }

    private HttpRequest.Builder request(URI uri, Persona as) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + as.token())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + body, e);
        }
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoSeedFailure(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoSeedFailure("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DemoSeedFailure(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode body = MissingNode.getInstance();
        if (!response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new DemoSeedFailure(request.uri() + " answered no JSON: " + response.body(), e);
            }
        }
        return new Reply(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    }
}
