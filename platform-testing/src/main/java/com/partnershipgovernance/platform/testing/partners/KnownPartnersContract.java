package com.partnershipgovernance.platform.testing.partners;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The known-partners read model (module platform-partners) as a consuming service runs it: a service's test extends
 * this class with {@code @QuarkusTest} and names its database.
 */
public abstract class KnownPartnersContract {

    /** The service's database, as {@code TestInfrastructure}'s PostgreSQL names it (e.g. {@code kpi}). */
    protected abstract String database();

    private static final String TOPIC = "partner.events.v1";
    private static final String REGISTERED = "com.partnershipgovernance.partner.registered.v1";
    private static final String QUALIFICATION_CHANGED = "com.partnershipgovernance.partner.qualification-changed.v1";

    @Test
    void registeredPartnerBecomesKnownAndIsServedOnThisServicesPort() {
        UUID partner = UUID.randomUUID();
        send(UUID.randomUUID().toString(), REGISTERED, partner, registered(partner, "Helix Clinical Research"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200)
                        .body("legalName", equalTo("Helix Clinical Research"))
                        .body("type", equalTo("CRO"))
                        .body("qualificationStatus", equalTo("PROSPECT")));
    }

    @Test
    void redeliveredRegistrationIsAppliedExactlyOnce() throws Exception {
        UUID partner = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(eventId, REGISTERED, partner, registered(partner, "Twice Sent Biologics"));
        send(eventId, REGISTERED, partner, registered(partner, "Twice Sent Biologics"));
        send(UUID.randomUUID().toString(), QUALIFICATION_CHANGED, partner,
                "{\"partnerId\":\"" + partner + "\",\"from\":\"PROSPECT\",\"to\":\"UNDER_EVALUATION\","
                        + "\"reason\":\"RFP sent\",\"changedBy\":\"u-1\",\"changedAt\":\"2026-11-25T08:00:00Z\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200)
                        .body("qualificationStatus", equalTo("UNDER_EVALUATION")));
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
        // registered once (version 0 -> inserted), then one qualification change (version 1)
        assertThat(count("SELECT version FROM known_partner WHERE id = '" + partner + "'")).isEqualTo(1);
    }

    @Test
    void qualificationChangeArrivingBeforeRegistrationIsKeptOnAPlaceholder() {
        UUID partner = UUID.randomUUID();
        send(UUID.randomUUID().toString(), QUALIFICATION_CHANGED, partner,
                "{\"partnerId\":\"" + partner + "\",\"from\":\"UNDER_EVALUATION\",\"to\":\"QUALIFIED\"}");
        send(UUID.randomUUID().toString(), REGISTERED, partner,
                "{\"partnerId\":\"" + partner + "\",\"legalName\":\"Late Registration Ltd\",\"type\":\"CDMO\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200)
                        .body("legalName", equalTo("Late Registration Ltd"))
                        .body("qualificationStatus", equalTo("QUALIFIED")));
    }

    @Test
    void unknownPartnerAnswers404Problem() {
        given().auth().oauth2(viewer()).get("/partners/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String registered(UUID partner, String name) {
        return "{\"partnerId\":\"" + partner + "\",\"legalName\":\"" + name + "\",\"type\":\"CRO\","
                + "\"serviceModel\":null,\"engagementModel\":null,\"headquartersCountry\":null,"
                + "\"qualificationStatus\":\"PROSPECT\"}";
    }

    private static void send(String eventId, String type, UUID partner, String payload) {
        TopicRecorder.send(TOPIC, partner.toString(), payload,
                TopicRecorder.cloudEventHeaders(eventId, type, "/partner-service", partner.toString()));
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }

    private long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong(database(), sql);
    }
}
