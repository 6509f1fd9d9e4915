package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The calls risk-service tests make, with the tokens of the people making them. */
public final class RiskApi {

    private RiskApi() {
    }

    /** A partner announced by partner-service on the broker, once risk-service knows it. */
    public static UUID knownPartner(String legalName) {
        UUID partner = UUID.randomUUID();
        sendPartnerEvent(UUID.randomUUID().toString(), "partner.registered", partner,
                "{\"partnerId\":\"" + partner + "\",\"legalName\":\"" + legalName + "\",\"type\":\"CDMO\","
                        + "\"serviceModel\":null,\"engagementModel\":null,\"headquartersCountry\":\"DE\","
                        + "\"qualificationStatus\":\"QUALIFIED\"}");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    /** Sends a CloudEvent of partner-service onto {@code partner.events.v1}. */
    public static void sendPartnerEvent(String eventId, String shortType, UUID partner, String payload) {
        send("partner.events.v1", eventId, shortType, "/partner-service", partner.toString(), payload);
    }

    /** Sends a CloudEvent in binary mode: key and subject the aggregate id, ce_type of {@code shortType}. */
    public static void send(String topic, String eventId, String shortType, String source, String subject,
                            String payload) {
        TopicRecorder.send(topic, subject, payload, TopicRecorder.cloudEventHeaders(eventId,
                "com.partnershipgovernance." + shortType + ".v1", source, subject));
    }

    public static String riskBody(UUID partner, String title, String category, int likelihood, int impact,
                                  boolean joint) {
        return "{\"title\":\"" + title + "\",\"description\":\"Raised in a test\",\"category\":\"" + category
                + "\",\"partnerId\":\"" + partner + "\",\"ownerSide\":\"SPONSOR\",\"ownerName\":\"Dana Supply\","
                + "\"joint\":" + joint + ",\"likelihood\":" + likelihood + ",\"impact\":" + impact + "}";
    }

    public static ValidatableResponse raise(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/risks").then();
    }

    /** Raises a risk as quality and answers its id. */
    public static String raise(UUID partner, String title, String category, int likelihood, int impact,
                               boolean joint) {
        return raise(riskBody(partner, title, category, likelihood, impact, joint), quality())
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse action(String path, String ifMatch, String body, String token) {
        return withIfMatch(given().auth().oauth2(token).contentType(ContentType.JSON).body(body), ifMatch)
                .post(path).then();
    }

    /** The ETag of a risk as the given caller reads it. */
    public static String etag(String riskId) {
        return given().auth().oauth2(quality()).get("/risks/" + riskId).then().statusCode(200).extract()
                .header("ETag");
    }

    public static RequestSpecification withIfMatch(RequestSpecification request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    public static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    public static String supplyChain() {
        return TestInfrastructure.get().tokens().token("u-supply").name("Dana Supply").roles("supply-chain").sign();
    }

    public static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }

    public static String steeringCommittee() {
        return TestInfrastructure.get().tokens().token("u-steering").name("Sam Steering")
                .roles("steering-committee").sign();
    }

    public static String partnerUser(UUID partner) {
        return TestInfrastructure.get().tokens().token("u-partner-" + partner).name("Pat Partner")
                .roles("partner-user").partnerId(partner).sign();
    }

    public static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("risk", sql);
    }
}
