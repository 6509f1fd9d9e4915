package com.partnershipgovernance.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deviation -> risk + KPI flow across the real services and broker of a launched demo platform. Quality
 * reports a CRITICAL deviation of a partner that has a quality agreement in force and batches dispositioned in
 * the month of the report; agreement-service publishes {@code deviation.reported} with the fields it documents;
 * risk-service raises exactly one risk for the deviation, and it stays one when the same event is delivered
 * again; kpi-service's deviation KPIs of that month take the event in: deviations per batch rises.
 */
final class DeviationFlow {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String PER_BATCH = "DEVIATIONS_PER_BATCH";
    private static final String ON_TIME = "DEVIATIONS_NOTIFIED_ON_TIME_RATE";
    private static final String TOPIC = "agreement.deviations.v1";

    /** Where the deviation is reported: a partner, one of its SOWs, and a day of a month with batches. */
    private record Subject(String partner, String sow, YearMonth period, LocalDate on) {
    }

    private final HttpClient http;
    private final String token;
    private final int firstServicePort;
    private final String bootstrapServers;

    DeviationFlow(HttpClient http, String token, int firstServicePort, String bootstrapServers) {
        this.http = http;
        this.token = token;
        this.firstServicePort = firstServicePort;
        this.bootstrapServers = bootstrapServers;
    }

    void reportAndFollow() throws Exception {
        Subject at = subject();
        BigDecimal perBatchBefore = value(measurement(at.partner(), PER_BATCH, at.period()));
        try (TopicRecorder published = TopicRecorder.on(bootstrapServers, TOPIC)) {
            String deviation = report(at);
            ConsumerRecord<String, String> reported = awaitPublished(published, deviation);
            JsonNode payload = JSON.readTree(reported.value());
            assertThat(fieldNames(payload)).as("deviation.reported as agreement-service documents it")
                    .containsExactlyElementsOf(EventCatalogue.load().event("deviation.reported").fieldNames());
            assertThat(payload.path("notifiedOnTime").asBoolean()).as("judged by the quality agreement").isTrue();
            String eventId = TopicRecorder.header(reported, "ce_id");

            await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                JsonNode perBatch = measurement(at.partner(), PER_BATCH, at.period());
                assertThat(value(perBatch)).as(PER_BATCH + " " + at.period()).isGreaterThan(perBatchBefore);
                assertThat(sourceEvents(perBatch)).contains(eventId);
                assertThat(sourceEvents(measurement(at.partner(), ON_TIME, at.period()))).contains(eventId);
            });
            String risk = awaitTheOneRiskOf(at.partner(), deviation);
            assertThat(get(3, "/risks/" + risk).path("causeEventId").asText()).isEqualTo(eventId);
            BigDecimal perBatchAfter = value(measurement(at.partner(), PER_BATCH, at.period()));

            // the same event delivered again changes nothing: still one risk, fired on once, and the KPI as it was
            TopicRecorder.send(bootstrapServers, TOPIC, reported.key(), reported.value(), headers(reported));
            await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(risksReferencing(at.partner(), deviation)).containsExactly(risk);
                assertThat(items(3, "/risks/" + risk + "/rule-firings")).hasSize(1);
                assertThat(value(measurement(at.partner(), PER_BATCH, at.period())))
                        .isEqualByComparingTo(perBatchAfter);
            });
        }
    }

    /**
     * A partner with a quality agreement in force (so the report is judged on time), no risk of category OTHER
     * yet (so the deviation raises one rather than re-scoring another) and a month with dispositioned batches.
     */
    private Subject subject() throws IOException, InterruptedException {
        for (JsonNode agreement : items(1, "/quality-agreements?size=100&status=EXECUTED")) {
            String partner = agreement.path("partnerId").asText();
            LocalDate effective = LocalDate.parse(agreement.path("effectiveOn").asText());
            JsonNode sows = items(1, "/sows?size=100&partnerId=" + partner);
            if (sows.isEmpty() || !items(3, "/risks?size=100&category=OTHER&partnerId=" + partner).isEmpty()) {
                continue;
            }
            Optional<YearMonth> month = stream(items(2, "/measurements?size=100&kpiCode=" + PER_BATCH
                    + "&partnerId=" + partner)).map(m -> YearMonth.parse(m.path("period").asText()))
                    .filter(m -> !m.atDay(1).isBefore(effective) && !m.isAfter(YearMonth.now()))
                    .max(Comparator.naturalOrder());
            if (month.isPresent()) {
                LocalDate on = month.get().atDay(15).isAfter(LocalDate.now()) ? LocalDate.now()
                        : month.get().atDay(15);
                return new Subject(partner, sows.get(0).path("id").asText(), month.get(), on);
            }
        }
        throw new AssertionError("The demo portfolio has no partner with an executed quality agreement, a SOW, "
                + "no OTHER risk and dispositioned batches");
    }

    /** Quality reports the deviation; answers its id. */
    private String report(Subject at) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", at.partner());
        body.put("sowId", at.sow());
        body.put("externalRef", "E2E-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("category", "OTHER");
        body.put("severity", "CRITICAL");
        body.put("occurredOn", at.on().toString());
        body.put("reportedOn", at.on().toString());
        body.put("description", "Cleanroom pressure cascade lost during filling");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(1, "/deviations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as("POST /deviations: %s", created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static ConsumerRecord<String, String> awaitPublished(TopicRecorder published, String deviation) {
        await().atMost(WAIT).until(() -> !reportedOf(published, deviation).isEmpty());
        List<ConsumerRecord<String, String>> reported = reportedOf(published, deviation);
        assertThat(reported).as("deviation.reported published once").hasSize(1);
        return reported.get(0);
    }

    private static List<ConsumerRecord<String, String>> reportedOf(TopicRecorder published, String deviation) {
        return published.matching(r -> deviation.equals(r.key()) && "com.partnershipgovernance.deviation.reported.v1"
                .equals(TopicRecorder.header(r, "ce_type")));
    }

    /** Waits until one risk of the partner was raised for the deviation; answers its id. */
    private String awaitTheOneRiskOf(String partner, String deviation) throws IOException, InterruptedException {
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(risksReferencing(partner, deviation)).hasSize(1));
        return risksReferencing(partner, deviation).get(0);
    }

    /** The partner's risks an automatic rule raised or re-scored for the deviation. */
    private List<String> risksReferencing(String partner, String deviation) throws IOException, InterruptedException {
        List<String> risks = new ArrayList<>();
        for (JsonNode risk : items(3, "/risks?size=200&partnerId=" + partner)) {
            String id = risk.path("id").asText();
            if (stream(items(3, "/risks/" + id + "/rule-firings"))
                    .anyMatch(f -> deviation.equals(f.path("subjectRef").asText()))) {
                risks.add(id);
            }
        }
        return risks;
    }

    private JsonNode measurement(String partner, String kpi, YearMonth period) throws IOException,
            InterruptedException {
        JsonNode items = items(2, "/measurements?kpiCode=" + kpi + "&partnerId=" + partner + "&period=" + period);
        return items.isEmpty() ? JSON.missingNode() : items.get(0);
    }

    private static BigDecimal value(JsonNode measurement) {
        return measurement.path("value").isNumber() ? measurement.path("value").decimalValue() : BigDecimal.ZERO;
    }

    private static List<String> sourceEvents(JsonNode measurement) {
        return stream(measurement.path("sourceEvents")).map(e -> e.path("eventId").asText()).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private JsonNode items(int service, String pathAndQuery) throws IOException, InterruptedException {
        return get(service, pathAndQuery).path("items");
    }

    private JsonNode get(int service, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(service, pathAndQuery))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", pathAndQuery, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(int service, String pathAndQuery) {
        return URI.create("http://localhost:" + (firstServicePort + service) + pathAndQuery);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
