package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The calls risk-service tests make, with the tokens of the people making them. */
public final class RiskApi {

    private static final EventCatalogue EVENTS = EventCatalogue.load();

    private RiskApi() {
    }

    /** A partner announced by partner-service on the broker, once risk-service knows it. */
    public static UUID knownPartner(String legalName) {
        UUID partner = UUID.randomUUID();
        event("partner.registered").with("partnerId", partner).with("legalName", legalName).with("type", "CDMO")
                .with("serviceModel", null).with("engagementModel", null).with("headquartersCountry", "DE")
                .with("qualificationStatus", "QUALIFIED").send();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    /** An event of another service, built from its producer's documented example, to adjust and send. */
    public static EventExample event(String type) {
        return EVENTS.example(type);
    }

    /** A deviation event of agreement-service ({@code deviation.reported}, {@code .classified}); sow may be null. */
    public static EventExample deviation(String type, UUID deviation, UUID partner, UUID sow, String category,
                                         String severity) {
        return event(type).with("deviationId", deviation).with("partnerId", partner).with("sowId", sow)
                .with("batchNumber", "B-2026-117").with("externalRef", "DEV-" + deviation.toString().substring(0, 8))
                .with("category", category).with("severity", severity).with("occurredOn", "2026-11-20")
                .with("reportedOn", "2026-11-21").with("notifiedOnTime", true);
    }

    /** partner-service's {@code partner.qualification-changed} of a partner. */
    public static EventExample qualificationChanged(UUID partner, String from, String to) {
        return event("partner.qualification-changed").with("partnerId", partner).with("from", from).with("to", to)
                .with("reason", "Critical GMP finding at re-inspection").with("changedBy", "u-quality")
                .with("changedAt", "2026-11-25T08:00:00Z");
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

    /** Closes a risk unchanged since it was raised, as quality, with {@code reason}. */
    public static void close(String riskId, String reason) {
        action("/risks/" + riskId + "/status", "\"0\"", "{\"to\":\"CLOSED\",\"reason\":\"" + reason + "\"}",
                quality()).statusCode(200);
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
