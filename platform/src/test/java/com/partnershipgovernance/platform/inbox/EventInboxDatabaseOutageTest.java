package com.partnershipgovernance.platform.inbox;

import com.partnershipgovernance.platform.fixture.RestartableDatabaseResource;
import com.partnershipgovernance.platform.fixture.SpecimenResource;
import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * A database outage longer than every acknowledgement and poll limit of the consumer: the throttled commit
 * strategy's unacknowledged-record age (60 s by default) and {@code max.poll.interval.ms} (lowered to 10 s here).
 */
@QuarkusTest
@TestProfile(EventInboxDatabaseOutageTest.LongDatabaseOutage.class)
class EventInboxDatabaseOutageTest {

    private static final String CREATED = "com.partnershipgovernance.specimen.created.v1";
    /** Fails once when applied (SpecimenEventsConsumer): a failure of the event, counted against max-attempts (2). */
    private static final String FLAKY = "com.partnershipgovernance.specimen.flaky.v1";
    /** Past the connector's default age limit for an unacknowledged record, with a commit-timer tick to spare. */
    private static final Duration OUTAGE = Duration.ofSeconds(75);

    /** The application on a database of its own, which the test stops and starts. */
    public static class LongDatabaseOutage implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.specimen-events.max.poll.interval.ms", "10000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartableDatabaseResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void consumerWaitsOutALongDatabaseOutageStaysAliveAndAppliesTheEventOnceWhenTheDatabaseIsBack() {
        UUID before = UUID.randomUUID();
        send(UUID.randomUUID().toString(), CREATED, before);
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(before) == 1);

        postgres().stopImmediately();
        String eventId = UUID.randomUUID().toString();
        UUID during = UUID.randomUUID();
        // waiting out the outage spends none of the event's attempts: its one failure afterwards is retried, not
        // dead-lettered
        send(eventId, FLAKY, during);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 503
                && given().get("/q/health/ready").jsonPath().getList("checks.findAll { it.status == 'DOWN' }.name")
                .contains("Event consumers"));
        // the consumer holds the event all along, and is alive all along: nothing should restart it
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().get("/q/health/live").statusCode() == 200);
        postgres().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> applications(during) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.status", everyItem(equalTo("UP")));
        assertThat(postgres().queryForLong("platform", "SELECT count(*) FROM processed_event WHERE event_id = '"
                + eventId + "'")).isEqualTo(1);
        UUID after = UUID.randomUUID();
        send(UUID.randomUUID().toString(), CREATED, after);
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(after) == 1);
    }

    private static void send(String eventId, String type, UUID subject) {
        TopicRecorder.send(SpecimenResource.TOPIC, subject.toString(),
                "{\"specimenId\":\"" + subject + "\",\"name\":\"outage\"}",
                TopicRecorder.cloudEventHeaders(eventId, type, "/test-producer", subject.toString()));
    }

    private static long applications(UUID id) {
        return postgres().queryForLong("platform",
                "SELECT coalesce(sum(applications), 0) FROM received_specimen WHERE id = '" + id + "'");
    }

    private static LocalPostgres postgres() {
        return RestartableDatabaseResource.postgres();
    }
}
