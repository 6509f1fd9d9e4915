package com.partnershipgovernance.platform.outbox;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.SpecimenResource;
import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against the real broker. The test application polls the outbox only every 5 minutes,
 * so every event published within these tests' waits was published because its commit woke the relay.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    private TopicRecorder topic;

    @BeforeEach
    void record() {
        topic = TopicRecorder.of(SpecimenResource.TOPIC);
    }

    @AfterEach
    void stopRecording() {
        topic.close();
        TestInfrastructure.get().kafka().start();
    }

    @Test
    void eventOfARolledBackTransactionIsNeverPublished() throws Exception {
        String doomed = "doomed-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + doomed + "\",\"kind\":\"ALPHA\"}")
                .post("/specimens/rolled-back").then().statusCode(500);
        UUID committed = Specimens.createId("committed-after-doomed");

        // the committed event is published after the rolled-back attempt: once it is there, the other would be too
        await().atMost(Duration.ofSeconds(20)).until(() -> !forAggregate(committed).isEmpty());
        assertThat(topic.matching(r -> r.value().contains(doomed))).isEmpty();
        assertThat(countRows("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + doomed + "%'")).isZero();
        assertThat(countRows("SELECT count(*) FROM specimen WHERE name = '" + doomed + "'")).isZero();
    }

    @Test
    void publishedEventCarriesCloudEventHeadersAndTheAggregateIdAsKey() {
        Instant before = Instant.now().minusSeconds(1);
        UUID id = Specimens.createId("headers");

        await().atMost(Duration.ofSeconds(20)).until(() -> !forAggregate(id).isEmpty());
        ConsumerRecord<String, String> record = forAggregate(id).get(0);
        assertThat(record.key()).isEqualTo(id.toString());
        assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(TopicRecorder.header(record, "ce_id"))).isNotNull();
        assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/platform-test");
        assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("com.partnershipgovernance.specimen.created.v1");
        assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(id.toString());
        assertThat(Instant.parse(TopicRecorder.header(record, "ce_time"))).isBetween(before, Instant.now());
        assertThat(TopicRecorder.header(record, "content-type")).isEqualTo("application/json");
        assertThat(record.value()).contains("\"specimenId\":\"" + id + "\"");
    }

    @Test
    void eventWrittenWhileTheBrokerIsDownIsPublishedWhenItComesBack() throws Exception {
        TestInfrastructure.get().kafka().stop();
        UUID id = Specimens.createId("written-while-kafka-is-down");
        assertThat(countRows("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                + "' AND published_at IS NULL")).isEqualTo(1);

        TestInfrastructure.get().kafka().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> !forAggregate(id).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> countRows("SELECT count(*) FROM outbox_event "
                + "WHERE aggregate_id = '" + id + "' AND published_at IS NOT NULL") == 1);
    }

    @Test
    void relayPublishesNothingWhileAnotherReplicaHoldsTheRelayLock() throws Exception {
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (Statement s = otherReplica.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(hashtext('outbox-relay'))");
            }
            UUID id = Specimens.createId("waits-for-the-lock");
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertThat(forAggregate(id)).isEmpty();
            assertThat(countRows("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id
                    + "' AND published_at IS NULL")).isEqualTo(1);

            otherReplica.rollback();

            await().atMost(Duration.ofSeconds(20)).until(() -> forAggregate(id).size() == 1);
        }
    }

    private List<ConsumerRecord<String, String>> forAggregate(UUID id) {
        return topic.matching(r -> id.toString().equals(r.key()));
    }

    private long countRows(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("platform", sql);
    }
}
