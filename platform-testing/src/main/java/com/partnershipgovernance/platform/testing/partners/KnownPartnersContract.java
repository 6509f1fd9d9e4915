package com.partnershipgovernance.platform.testing.partners;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import com.partnershipgovernance.platform.testing.events.EventExample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The known-partners read model (module platform-partners) as a consuming service runs it, fed with partner-service's
 * documented examples: a service's test extends this class with {@code @QuarkusTest} and names its database.
 */
public abstract class KnownPartnersContract {

    private static final EventCatalogue EVENTS = EventCatalogue.load();

    /** The service's database, as {@code TestInfrastructure}'s PostgreSQL names it (e.g. {@code kpi}). */
    protected abstract String database();

    @Test
    void registeredPartnerBecomesKnownAndIsServedOnThisServicesPort() {
        UUID partner = UUID.randomUUID();
        registered(partner, "Helix Clinical Research").send();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200)
                        .body("legalName", equalTo("Helix Clinical Research"))
                        .body("type", equalTo("CRO"))
                        .body("qualificationStatus", equalTo("PROSPECT")));
    }

    @Test
    void redeliveredRegistrationIsAppliedExactlyOnce() {
        UUID partner = UUID.randomUUID();
        EventExample registration = registered(partner, "Twice Sent Biologics");
        String eventId = registration.send();
        registration.send();
        qualificationChanged(partner, "PROSPECT", "UNDER_EVALUATION").send();

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
        qualificationChanged(partner, "UNDER_EVALUATION", "QUALIFIED").send();
        EVENTS.example("partner.registered").with("partnerId", partner).with("legalName", "Late Registration Ltd")
                .with("type", "CDMO").without("qualificationStatus").send();

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

    private static EventExample registered(UUID partner, String name) {
        return EVENTS.example("partner.registered").with("partnerId", partner).with("legalName", name)
                .with("type", "CRO").with("qualificationStatus", "PROSPECT");
    }

    private static EventExample qualificationChanged(UUID partner, String from, String to) {
        return EVENTS.example("partner.qualification-changed").with("partnerId", partner).with("from", from)
                .with("to", to);
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }

    private long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong(database(), sql);
    }
}
