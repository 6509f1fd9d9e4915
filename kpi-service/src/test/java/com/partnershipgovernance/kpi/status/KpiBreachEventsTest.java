package com.partnershipgovernance.kpi.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.thresholds;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class KpiBreachEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DUE = LocalDate.of(2026, 8, 12);
    private static TopicRecorder recorder;

    @BeforeAll
    static void record() {
        recorder = TopicRecorder.of("kpi.events.v1");
    }

    @AfterAll
    static void stop() {
        recorder.close();
    }

    @Test
    void aBreachIsPublishedOnceAndTheRecoveryOnceWhenTheKpiLeavesRed() throws Exception {
        UUID partner = knownPartner("Breach Biologics");
        thresholds("ON_TIME_MILESTONE_RATE", partner, "60", "50", "40");
        milestone("milestone.missed", partner).with("daysOverdue", 1).with("missCountForSow", 1).send();
        JsonNode breach = payload(awaitEvents(partner, "kpi.breached", 1).get(0));
        assertThat(breach.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(breach.get("kpiCode").asText()).isEqualTo("ON_TIME_MILESTONE_RATE");
        assertThat(breach.get("kpiCategory").asText()).isEqualTo("PERFORMANCE");
        assertThat(breach.get("period").asText()).isEqualTo("2026-08");
        assertThat(breach.get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(breach.get("target").decimalValue()).isEqualByComparingTo("60");
        assertThat(breach.get("rag").asText()).isEqualTo("RED");

        // still red: no second breach
        String stillRed = milestone("milestone.missed", partner).with("daysOverdue", 1).with("missCountForSow", 2)
                .send();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + stillRed + "'") == 1);

        milestone("milestone.completed", partner).with("completedOn", DUE).with("daysLate", 0).send();
        milestone("milestone.completed", partner).with("completedOn", DUE).with("daysLate", 0).send();
        JsonNode recovery = payload(awaitEvents(partner, "kpi.recovered", 1).get(0));
        assertThat(recovery.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(recovery.get("rag").asText()).isEqualTo("GREEN");
        assertThat(events(partner, "kpi.breached")).hasSize(1);
        ConsumerRecord<String, String> record = events(partner, "kpi.breached").get(0);
        assertThat(record.key()).isEqualTo(partner.toString());
        assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/kpi-service");
        assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(partner.toString());
    }

    @Test
    void thresholdsThatMakeTheCurrentValueRedPublishABreach() throws Exception {
        UUID partner = knownPartner("Slow Answers CRO");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"kpiCode\":\"QUERY_RESPONSE_TIME\",\"partnerId\":\"" + partner + "\",\"period\":\"2026-08\","
                        + "\"value\":60,\"source\":\"INTEGRATION\"}")
                .post("/measurements").then().statusCode(201);
        thresholds("QUERY_RESPONSE_TIME", partner, "24", "24", "48");
        JsonNode breach = payload(awaitEvents(partner, "kpi.breached", 1).get(0));
        assertThat(breach.get("kpiCategory").asText()).isEqualTo("RESPONSIVENESS");
        assertThat(breach.get("value").decimalValue()).isEqualByComparingTo("60");
        assertThat(breach.get("target").decimalValue()).isEqualByComparingTo("24");
    }

    /** A milestone event of agreement-service about a new milestone of a new SOW, due on {@code DUE}. */
    private static EventExample milestone(String type, UUID partner) {
        return KpiApi.event(type).with("milestoneId", UUID.randomUUID()).with("sowId", UUID.randomUUID())
                .with("partnerId", partner).with("sowKind", "CLINICAL").with("name", "First patient in")
                .with("dueDate", DUE);
    }

    private static List<ConsumerRecord<String, String>> awaitEvents(UUID partner, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> events(partner, type).size() >= count);
        return events(partner, type);
    }

    private static List<ConsumerRecord<String, String>> events(UUID partner, String type) {
        return recorder.matching(r -> partner.toString().equals(r.key())
                && ("com.partnershipgovernance." + type + ".v1").equals(TopicRecorder.header(r, "ce_type")));
    }

    private static JsonNode payload(ConsumerRecord<String, String> record) throws Exception {
        return JSON.readTree(record.value());
    }
}
