package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import com.partnershipgovernance.platform.testing.events.EventExample;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Tokens, partners and events the kpi-service tests share. */
public final class KpiApi {

    private static final EventCatalogue EVENTS = EventCatalogue.load();

    private KpiApi() {
    }

    /** An event of another service, built from its producer's documented example, to adjust and send. */
    public static EventExample event(String type) {
        return EVENTS.example(type);
    }

    public static String token(String subject, String... roles) {
        return TestInfrastructure.get().tokens().token(subject).name(subject).roles(roles).sign();
    }

    public static String quality() {
        return token("u-quality", "quality");
    }

    public static String finance() {
        return token("u-finance", "finance");
    }

    public static String viewer() {
        return token("u-viewer", "viewer");
    }

    public static String steeringCommittee() {
        return token("u-chair", "steering-committee");
    }

    public static String partnerUser(UUID partnerId) {
        return TestInfrastructure.get().tokens().token("p-user").name("Pat Partner").roles("partner-user")
                .partnerId(partnerId).sign();
    }

    /** A partner kpi-service has heard of from partner-service's {@code partner.registered}. */
    public static UUID knownPartner(String legalName) {
        return knownPartner(legalName, "CDMO", "STRATEGIC_ALLIANCE");
    }

    /** A partner of that type and engagement model, heard of from {@code partner.registered}. */
    public static UUID knownPartner(String legalName, String type, String engagementModel) {
        UUID partner = UUID.randomUUID();
        registered(partner, legalName, type, engagementModel).send();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    /** partner-service's {@code partner.registered} of a qualified partner. */
    public static EventExample registered(UUID partner, String legalName, String type, String engagementModel) {
        return event("partner.registered").with("partnerId", partner).with("legalName", legalName)
                .with("type", type).with("engagementModel", engagementModel).with("qualificationStatus", "QUALIFIED");
    }

    public static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("kpi", sql);
    }
}
