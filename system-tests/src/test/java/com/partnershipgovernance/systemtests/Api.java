package com.partnershipgovernance.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for the services' REST APIs, as a portal or an ERP would call them. */
final class Api {

    /** An answer: status, body and the headers the suite looks at. */
    record Answer(int status, String body, String contentType, String etag, String retryAfter) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String id() {
            return json().getString("id");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    Api(Duration timeout) {
        this.timeout = timeout;
    }

    Answer get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token, Map.of());
    }

    Answer post(String url, String token, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token, headers);
    }

    private Answer send(HttpRequest.Builder request, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        request.timeout(timeout).header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null));
    }
}
