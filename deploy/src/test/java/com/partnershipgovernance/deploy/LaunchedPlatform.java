package com.partnershipgovernance.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/deploy-launcher.jar} started as {@code deploy/run} would be, on free ports and a fresh
 * data directory, with a JSON client for the services' APIs authenticated by the admin token it printed.
 */
final class LaunchedPlatform implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(20);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;
    private final int firstServicePort;
    private final LauncherProcess launcher;
    private final String adminToken;

    private LaunchedPlatform(List<String> options) throws IOException {
        dataDir = Files.createTempDirectory("dashboard-it");
        firstServicePort = TestInfrastructure.freePorts(4);
        List<String> command = new ArrayList<>(List.of(
                "--data-dir", dataDir.toString(), "--pg-port", String.valueOf(TestInfrastructure.freePort()),
                "--kafka-port", String.valueOf(TestInfrastructure.freePorts(2)),
                "--http-port", String.valueOf(firstServicePort)));
        command.addAll(options);
        launcher = LauncherProcess.start(command);
        try {
            // the services' start and the demo's seed take minutes on a loaded machine
            launcher.awaitLine("Press Ctrl-C to stop.", STARTUP_TIMEOUT);
        } catch (RuntimeException | AssertionError e) {
            close();
            throw new AssertionError("The launcher did not start; its output:\n" + launcher.transcript(), e);
        }
        adminToken = Files.readString(dataDir.resolve("admin.jwt")).strip();
    }

    /** Starts the launcher with these further options and waits until it says everything is up. */
    static LaunchedPlatform start(String... options) throws IOException {
        return new LaunchedPlatform(List.of(options));
    }

    String adminToken() {
        return adminToken;
    }

    Path dataDir() {
        return dataDir;
    }

    String partnerService() {
        return "http://localhost:" + firstServicePort;
    }

    String agreementService() {
        return "http://localhost:" + (firstServicePort + 1);
    }

    String kpiService() {
        return "http://localhost:" + (firstServicePort + 2);
    }

    String riskService() {
        return "http://localhost:" + (firstServicePort + 3);
    }

    /** GET with the admin token; fails unless 200. */
    JsonNode get(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** GET with the admin token, its status only. */
    int status(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode();
    }

    /** POST JSON with the admin token; fails unless 201. */
    JsonNode post(String url, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as("POST %s %s: %s", url, json, response.body()).isEqualTo(201);
        return read(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + adminToken).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as Ctrl-C: the launcher stops the services, Kafka and PostgreSQL. */
    @Override
    public void close() {
        try {
            launcher.stopQuietly(Duration.ofSeconds(90));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
