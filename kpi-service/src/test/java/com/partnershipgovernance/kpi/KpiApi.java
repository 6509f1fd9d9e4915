package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Tokens, partners and events the kpi-service tests share. */
public final class KpiApi {

    private KpiApi() {
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
        send("partner.events.v1", "partner.registered", "/partner-service", partner,
                "{\"partnerId\":\"" + partner + "\",\"legalName\":\"" + legalName + "\",\"type\":\"" + type
                        + "\",\"engagementModel\":\"" + engagementModel + "\",\"qualificationStatus\":\"QUALIFIED\"}");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    /** Sends a CloudEvent of {@code shortType} with a new id; returns the id. */
    public static String send(String topic, String shortType, String source, UUID key, String payload) {
        String id = UUID.randomUUID().toString();
        send(topic, id, shortType, source, key, payload);
        return id;
    }

    /** Sends a CloudEvent with the given id (send twice to redeliver). */
    public static void send(String topic, String id, String shortType, String source, UUID key, String payload) {
        TopicRecorder.send(topic, key.toString(), payload, TopicRecorder.cloudEventHeaders(id,
                "com.partnershipgovernance." + shortType + ".v1", source, key.toString()));
    }

    public static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("kpi", sql);
    }
}
