package com.partnershipgovernance.risk.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** risk.raised and risk.rescored reach risk.events.v1 as CloudEvents with exactly the documented payloads. */
@QuarkusTest
class RiskEventsPublishedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicRecorder recorder;

    @BeforeAll
    static void record() {
        recorder = TopicRecorder.of("risk.events.v1");
    }

    @AfterAll
    static void stop() {
        recorder.close();
    }

    @Test
    void raisingAndRescoringPublishOneCloudEventEachKeyedByTheRisk() throws Exception {
        UUID partner = knownPartner("Published Events CDMO");
        String risk = raise(partner, "Sterility assurance", "BATCH_FAILURE_OR_OOS", 3, 4, false);
        action("/risks/" + risk + "/score", "\"0\"", "{\"likelihood\":4,\"impact\":4,\"reason\":\"Media fill failed\"}",
                quality()).statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> ofRisk(risk).size() == 2);
        List<ConsumerRecord<String, String>> events = ofRisk(risk);

        ConsumerRecord<String, String> raised = events.get(0);
        assertThat(TopicRecorder.header(raised, "ce_type")).isEqualTo("com.partnershipgovernance.risk.raised.v1");
        assertThat(TopicRecorder.header(raised, "ce_source")).isEqualTo("/risk-service");
        assertThat(TopicRecorder.header(raised, "ce_subject")).isEqualTo(risk);
        assertThat(TopicRecorder.header(raised, "ce_specversion")).isEqualTo("1.0");
        JsonNode payload = JSON.readTree(raised.value());
        assertThat(fieldNames(payload)).containsExactly("riskId", "partnerId", "category", "likelihood", "impact",
                "score", "rag", "causeEventId");
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(payload.get("category").asText()).isEqualTo("BATCH_FAILURE_OR_OOS");
        assertThat(payload.get("score").asInt()).isEqualTo(12);
        assertThat(payload.get("rag").asText()).isEqualTo("AMBER");
        assertThat(payload.get("causeEventId").isNull()).isTrue();

        ConsumerRecord<String, String> rescored = events.get(1);
        assertThat(TopicRecorder.header(rescored, "ce_type")).isEqualTo("com.partnershipgovernance.risk.rescored.v1");
        JsonNode change = JSON.readTree(rescored.value());
        assertThat(fieldNames(change)).containsExactly("riskId", "partnerId", "previousScore", "score", "rag",
                "reason", "causeEventId");
        assertThat(change.get("previousScore").asInt()).isEqualTo(12);
        assertThat(change.get("score").asInt()).isEqualTo(16);
        assertThat(change.get("rag").asText()).isEqualTo("RED");
        assertThat(change.get("reason").asText()).isEqualTo("Media fill failed");
    }

    @Test
    void refusedRiskPublishesNothing() {
        UUID stranger = UUID.randomUUID();
        raise(com.partnershipgovernance.risk.RiskApi.riskBody(stranger, "Refused", "OTHER", 3, 3, false), quality())
                .statusCode(422);
        assertThat(recorder.matching(r -> r.value().contains(stranger.toString()))).isEmpty();
    }

    private static List<ConsumerRecord<String, String>> ofRisk(String risk) {
        return recorder.matching(r -> risk.equals(r.key()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
