package com.partnershipgovernance.deploy;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as {@code deploy/run} starts it: PostgreSQL, Kafka and the four services as
 * child JVMs. A partner registered on partner-service reaches risk-service through Kafka; SIGTERM
 * stops every process; a second start finds the partner still there, and each service maps the class archive
 * its first run trained.
 */
class LocalPlatformIT {

    private static final List<String> SERVICES =
            List.of("partner-service", "agreement-service", "kpi-service", "risk-service");

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private LauncherProcess launcher;

    @AfterEach
    void stopEverything() throws Exception {
        if (launcher != null) {
            launcher.stopQuietly(Duration.ofSeconds(90));
        }
    }

    @Test
    void partnerRegisteredOnPartnerServiceReachesRiskServiceAndSurvivesARestart() throws Exception {
        dataDir = Files.createTempDirectory("pg-launcher-it");
        int pgPort = TestInfrastructure.freePort();
        int kafkaPort = TestInfrastructure.freePorts(2);
        int httpPort = TestInfrastructure.freePorts(4);
        List<String> arguments = List.of("--data-dir", dataDir.toString(), "--pg-port", String.valueOf(pgPort),
                "--kafka-port", String.valueOf(kafkaPort), "--http-port", String.valueOf(httpPort));

        start(arguments);
        String token = Files.readString(dataDir.resolve("admin.jwt")).strip();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/partners"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"legalName\":\"Launcher Test Biologics\",\"type\":\"CDMO\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String partnerId = idOf(created.body());
        URI inRiskService = URI.create("http://localhost:" + (httpPort + 3) + "/partners/" + partnerId);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(inRiskService, token).statusCode() == 200);

        stop();
        assertThat(processesOf(dataDir)).as("processes left behind").isEmpty();
        Path archives = dataDir.resolve("class-archives");
        for (String service : SERVICES) {
            assertThat(archives.resolve(service + ".jsa")).as("class archive trained by the first run").isNotEmptyFile();
        }
        assertThat(archives.resolve("partner-service.jsa.part")).doesNotExist();

        start(arguments);
        for (String service : SERVICES) {
            assertThat(mappedFiles(serviceProcess(service))).as("files %s maps", service)
                    .contains(archives.resolve(service + ".jsa").toString());
        }
        HttpResponse<String> known = get(inRiskService, token);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).contains("Launcher Test Biologics");
        HttpResponse<String> stored = get(URI.create("http://localhost:" + httpPort + "/partners/" + partnerId), token);
        assertThat(stored.statusCode()).isEqualTo(200);

        stop();
        assertThat(processesOf(dataDir)).as("processes left behind").isEmpty();
    }

    private void start(List<String> arguments) throws IOException {
        launcher = LauncherProcess.start(arguments).awaitLine("all services healthy", Duration.ofMinutes(8));
    }

    private void stop() throws InterruptedException {
        assertThat(launcher.terminate(Duration.ofSeconds(90))).as("launcher stops on SIGTERM").isTrue();
        assertThat(launcher.exitValue()).isEqualTo(128 + 15);
        // the reader thread may still be draining the last lines
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(launcher.output()).anyMatch(line -> line.contains("Stopped.")));
    }

    private HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<ProcessHandle> processesOf(Path dataDir) {
        String marker = dataDir.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(marker)).toList();
    }

    private ProcessHandle serviceProcess(String service) {
        return processesOf(dataDir).stream()
                .filter(p -> p.info().commandLine().orElse("").contains(service + "/target/quarkus-app/quarkus-run.jar"))
                .findFirst().orElseThrow(() -> new AssertionError(service + " is not running"));
    }

    /** The files the process has mapped into memory, from {@code /proc/<pid>/maps}. */
    private static List<String> mappedFiles(ProcessHandle process) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "maps"))) {
            return lines.map(line -> line.split("\\s+", 6)).filter(fields -> fields.length == 6)
                    .map(fields -> fields[5].strip()).distinct().toList();
        }
    }

    private static String idOf(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(id.find()).as("id in %s", json).isTrue();
        return id.group(1);
    }
}
