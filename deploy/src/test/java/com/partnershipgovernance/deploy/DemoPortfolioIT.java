package com.partnershipgovernance.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code deploy/run --demo}: the launcher seeds the demo portfolio through the services' APIs, and the
 * portfolio is there as each service's API shows it, automatic risks included; on the same running platform a
 * deviation reported in agreement-service raises exactly one risk in risk-service and moves the deviation KPIs
 * in kpi-service; a second start on the same data directory finds the portfolio and seeds nothing more. One
 * launch serves all three, in that order (a platform start costs minutes on a loaded machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPortfolioIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private LauncherProcess launcher;
    private Path dataDir;
    private String token;
    private int httpPort;
    private int kafkaPort;
    private List<String> arguments;

    @AfterAll
    void stopEverything() throws Exception {
        if (launcher != null) {
            launcher.stopQuietly(Duration.ofSeconds(90));
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeAll
    void startWithTheDemo() throws Exception {
        dataDir = Files.createTempDirectory("demo-portfolio-it");
        int pgPort = TestInfrastructure.freePort();
        kafkaPort = TestInfrastructure.freePorts(2);
        httpPort = TestInfrastructure.freePorts(4);
        arguments = List.of("--demo", "--data-dir", dataDir.toString(), "--pg-port",
                String.valueOf(pgPort), "--kafka-port", String.valueOf(kafkaPort), "--http-port",
                String.valueOf(httpPort));
        start(arguments);
        token = LocalTokens.inDirectory(dataDir.resolve("keys")).token("demo-it").roles("viewer", "quality",
                "supply-chain").sign();
    }

    @Test
    @Order(1)
    void demoSeedsALivingPortfolio() throws Exception {
        assertThat(launcher.output()).anyMatch(line -> line.startsWith("Demo portfolio ready: seeded in"));

        JsonNode partners = items(0, "/partners?size=100");
        assertThat(partners).hasSize(12);
        Map<String, Long> byStatus = stream(partners).collect(Collectors.groupingBy(
                p -> p.path("qualificationStatus").asText(), Collectors.counting()));
        assertThat(byStatus).containsKeys("QUALIFIED", "CONDITIONALLY_APPROVED", "UNDER_EVALUATION", "SUSPENDED",
                "DISQUALIFIED");
        assertThat(byStatus.get("QUALIFIED")).isGreaterThanOrEqualTo(3);
        assertThat(stream(partners).map(p -> p.path("headquartersCountry").asText()).distinct().count())
                .isGreaterThanOrEqualTo(8);
        assertThat(stream(partners).map(p -> p.path("type").asText()).distinct()).contains("CRO", "CDMO");

        JsonNode selections = items(0, "/selections");
        assertThat(selections).hasSize(1);
        assertThat(selections.get(0).path("status").asText()).isEqualTo("DECIDED");

        assertThat(items(1, "/msas?size=100")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(items(1, "/quality-agreements?size=100")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(items(1, "/sows?size=100")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(items(1, "/batches?size=100")).hasSizeGreaterThanOrEqualTo(10);
        JsonNode milestones = items(1, "/milestones?size=200");
        assertThat(count(milestones, m -> m.path("missed").asBoolean())).isGreaterThanOrEqualTo(3);
        assertThat(count(milestones, m -> m.path("decisionPoint").asBoolean() && !m.path("decision").isObject()
                && m.path("status").asText().equals("OPEN"))).isEqualTo(1);
        JsonNode deviations = items(1, "/deviations?size=100");
        assertThat(count(deviations, d -> !d.path("capaActions").isEmpty())).isGreaterThanOrEqualTo(4);
        assertThat(count(deviations, d -> d.path("status").asText().equals("CLOSED"))).isGreaterThanOrEqualTo(1);

        String supplier = stream(partners).filter(p -> p.path("legalName").asText().startsWith("Deccan"))
                .findFirst().orElseThrow().path("id").asText();
        JsonNode year = items(2, "/measurements?size=100&kpiCode=ON_TIME_IN_FULL_DELIVERY&partnerId=" + supplier);
        assertThat(stream(year).map(m -> m.path("period").asText()).distinct().count()).isEqualTo(12);
        assertThat(stream(year).map(m -> m.path("period").asText()))
                .contains(YearMonth.now().minusMonths(1).toString());
        assertThat(count(year, m -> m.path("rag").asText().equals("RED"))).isGreaterThanOrEqualTo(1);
        Map<String, Double> byPeriod = stream(year).collect(Collectors.toMap(m -> m.path("period").asText(),
                m -> m.path("value").asDouble()));
        assertThat(byPeriod.get(YearMonth.now().minusMonths(1).toString())).as("a deteriorating supplier")
                .isLessThan(byPeriod.get(YearMonth.now().minusMonths(12).toString()));

        // risk-service raises its own risks from the seed's events; missed milestones wait for the milestone job
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode risks = items(3, "/risks?size=200");
            List<String> automatic = stream(risks).filter(r -> r.path("causeEventId").isTextual())
                    .map(r -> r.path("title").asText()).toList();
            assertThat(automatic).anyMatch(t -> t.startsWith("Partner SUSPENDED"));
            assertThat(automatic).anyMatch(t -> t.contains("deviation"));
            assertThat(automatic).anyMatch(t -> t.startsWith("Delivery risk on SOW"));
            assertThat(count(risks, r -> !r.path("causeEventId").isTextual())).isEqualTo(6);
        });
    }

    @Test
    @Order(2)
    void aDeviationReportedInAgreementServiceRaisesExactlyOneRiskAndMovesTheDeviationKpis() throws Exception {
        new DeviationFlow(http, token, httpPort, "localhost:" + kafkaPort).reportAndFollow();
    }

    @Test
    @Order(3)
    void aSecondStartOnTheSameDataDirectorySeedsNothingMore() throws Exception {
        stop();
        start(arguments);
        assertThat(launcher.output()).anyMatch(line -> line.startsWith("Demo portfolio ready: already seeded"));
        assertThat(items(0, "/partners?size=100")).hasSize(12);
        assertThat(items(0, "/selections")).hasSize(1);
        stop();
    }

    private JsonNode items(int service, String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + (httpPort + service) + pathAndQuery);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("items");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static long count(JsonNode array, Predicate<JsonNode> which) {
        return stream(array).filter(which).count();
    }

    private void start(List<String> arguments) throws IOException {
        launcher = LauncherProcess.start(arguments).awaitLine("all services healthy", Duration.ofMinutes(8));
    }

    private void stop() throws InterruptedException {
        assertThat(launcher.terminate(Duration.ofSeconds(90))).as("launcher stops on SIGTERM").isTrue();
    }
}
