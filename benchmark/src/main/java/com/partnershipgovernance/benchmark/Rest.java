package com.partnershipgovernance.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** The few REST calls the portfolio generation makes: JSON in, JSON out, a fresh token per call. */
final class Rest {

    /** One answer: its status, ETag and body. */
    record Answer(int status, String etag, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String id() {
            return json().getString("id");
        }
    }

    private final HttpClient client;
    private final Supplier<String> token;

    Rest(HttpClient client, Supplier<String> token) {
        this.client = client;
        this.token = token;
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json");
    }

    Answer get(String url) {
        return send(request(url).GET().build());
    }

    Answer post(String url, String json, String ifMatch) {
        HttpRequest.Builder b = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b.build());
    }

    /** Posts and insists on {@code expected}; anything else stops the run with the server's answer. */
    Answer post(String url, String json, String ifMatch, int expected) {
        Answer a = post(url, json, ifMatch);
        if (a.status() != expected) {
            throw new IllegalStateException("POST " + url + " answered " + a.status() + " (expected " + expected
                    + "): " + a.body() + "\nrequest: " + abbreviate(json));
        }
        return a;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }
}
