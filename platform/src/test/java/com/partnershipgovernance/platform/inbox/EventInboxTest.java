package com.partnershipgovernance.platform.inbox;

import com.partnershipgovernance.platform.fixture.SpecimenResource;
import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class EventInboxTest {

    private static final String DLQ = "platform.specimens.v1.platform-test.dlq";
    private static final String CREATED = "com.partnershipgovernance.specimen.created.v1";

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        UUID specimen = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"specimenId\":\"" + specimen + "\",\"name\":\"redelivered\"}";

        send(eventId, CREATED, specimen, payload);
        send(eventId, CREATED, specimen, payload);
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID().toString(), CREATED, marker, "{\"specimenId\":\"" + marker + "\",\"name\":\"marker\"}");

        // events of one key are applied in order; once the marker is applied, both copies were handled
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(marker) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(specimen) == 1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() throws Exception {
        try (TopicRecorder deadLetters = TopicRecorder.of(DLQ)) {
            UUID poisoned = UUID.randomUUID();
            send(UUID.randomUUID().toString(), CREATED, poisoned, "{\"specimenId\":\"not-a-uuid\"}");
            UUID healthy = UUID.randomUUID();
            send(UUID.randomUUID().toString(), CREATED, healthy, "{\"specimenId\":\"" + healthy + "\",\"name\":\"ok\"}");

            await().atMost(Duration.ofSeconds(30)).until(() -> applications(healthy) == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !forKey(deadLetters, poisoned).isEmpty());
            ConsumerRecord<String, String> dead = forKey(deadLetters, poisoned).get(0);
            assertThat(TopicRecorder.header(dead, "dead-letter-reason")).contains("specimenId");
            assertThat(applications(poisoned)).isZero();
        }
    }

    @Test
    void eventOfAnUnknownTypeIsSkippedAndRecordedAsSkipped() throws Exception {
        String eventId = UUID.randomUUID().toString();
        UUID subject = UUID.randomUUID();
        send(eventId, "com.partnershipgovernance.specimen.archived.v1", subject, "{\"anything\":true}");

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '"
                + eventId + "' AND outcome = 'SKIPPED_UNKNOWN_TYPE'") == 1);
        assertThat(applications(subject)).isZero();
    }

    @Test
    void changesAppliedFromAnEventAreAuditedAsTheConsumingSystemWithTheEventAsReason() {
        UUID specimen = Specimens.createId("as-created");
        String eventId = UUID.randomUUID().toString();
        send(eventId, "com.partnershipgovernance.specimen.renamed.v1", specimen,
                "{\"specimenId\":\"" + specimen + "\",\"name\":\"renamed-by-event\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.quality())
                .get("/specimens/" + specimen + "/history").then().extract().jsonPath().getList("items").size() == 2);
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + specimen + "/history").then()
                .body("items[1].by", equalTo("system:platform-test"))
                .body("items[1].reason", equalTo("Event specimen.renamed " + eventId + " from /test-producer"))
                .body("items[1].changes[0].to", equalTo("renamed-by-event"));
    }

    private static List<ConsumerRecord<String, String>> forKey(TopicRecorder recorder, UUID key) {
        return recorder.matching(r -> key.toString().equals(r.key()));
    }

    private static void send(String eventId, String type, UUID subject, String payload) {
        TopicRecorder.send(SpecimenResource.TOPIC, subject.toString(), payload,
                TopicRecorder.cloudEventHeaders(eventId, type, "/test-producer", subject.toString()));
    }

    private static long applications(UUID id) throws Exception {
        return count("SELECT coalesce(sum(applications), 0) FROM received_specimen WHERE id = '" + id + "'");
    }

    private static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("platform", sql);
    }
}
