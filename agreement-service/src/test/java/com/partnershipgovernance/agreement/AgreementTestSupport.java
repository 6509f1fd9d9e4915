package com.partnershipgovernance.agreement;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Tokens, partners announced on the broker, and MSA requests shared by the agreement tests. */
public final class AgreementTestSupport {

    public static final String PARTNER_TOPIC = "partner.events.v1";
    public static final String AGREEMENT_TOPIC = "agreement.events.v1";
    public static final String STATUS_CHANGED = "com.partnershipgovernance.agreement.status-changed.v1";
    public static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final EventCatalogue PARTNER_EVENTS = EventCatalogue.load();

    private AgreementTestSupport() {
    }

    /** A partner announced by partner-service as registered (PROSPECT) and, if given, moved to {@code status}. */
    public static UUID partner(String legalName, String status) {
        UUID partner = UUID.randomUUID();
        PARTNER_EVENTS.example("partner.registered").with("partnerId", partner).with("legalName", legalName)
                .with("type", "CDMO").with("serviceModel", null).with("engagementModel", null)
                .with("headquartersCountry", null).with("qualificationStatus", "PROSPECT").send();
        String expected = "PROSPECT";
        if (status != null) {
            moveQualification(partner, "UNDER_EVALUATION", status, "Qualification audit passed");
            expected = status;
        }
        String wanted = expected;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200)
                        .body("qualificationStatus", equalTo(wanted)));
        return partner;
    }

    /** partner-service announcing a qualification move of {@code partner}. */
    public static void moveQualification(UUID partner, String from, String to, String reason) {
        PARTNER_EVENTS.example("partner.qualification-changed").with("partnerId", partner).with("from", from)
                .with("to", to).with("reason", reason).with("changedBy", "u-quality").with("changedAt", Instant.now())
                .send();
    }

    /** A valid MSA body for {@code partner}: effective today, expiring in five years, review in a year. */
    public static Map<String, Object> msa(UUID partner) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partner.toString());
        body.put("title", "Master services agreement for biologics manufacturing");
        body.put("effectiveOn", today.toString());
        body.put("expiresOn", today.plusYears(5).toString());
        body.put("governingLaw", "England and Wales");
        body.put("paymentTerms", new LinkedHashMap<>(Map.of("days", 45, "currency", "EUR")));
        body.put("liabilityCap", new LinkedHashMap<>(Map.of("amount", "5000000.00", "currency", "EUR")));
        body.put("reviewOn", today.plusYears(1).toString());
        body.put("documents", List.of(Map.of("title", "MSA draft 1",
                "uri", "https://dms.example.com/contracts/msa-1.pdf", "sha256", SHA)));
        return body;
    }

    /** Drafts {@code body} as legal; answers the new MSA's id. */
    public static String draft(Map<String, Object> body) {
        return given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body).post("/msas").then()
                .statusCode(201).extract().path("id");
    }

    /** {@code POST /msas/{id}/status} with {@code body}. */
    public static ValidatableResponse move(String id, String ifMatch, String body, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/msas/" + id + "/status").then();
    }

    /** The current ETag of MSA {@code id}. */
    public static String etag(String id) {
        return given().auth().oauth2(viewer()).get("/msas/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Moves MSA {@code id} through review, approval and execution (each signed as needed) by legal. */
    public static void execute(String id) {
        move(id, etag(id), "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}", legal()).statusCode(200);
        move(id, etag(id), "{\"to\":\"APPROVED\",\"reason\":\"Terms agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(200);
        move(id, etag(id), "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both parties\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", legal()).statusCode(200);
    }

    public static String legal() {
        return TestInfrastructure.get().tokens().token("u-legal").name("Lee Legal").roles("legal").sign();
    }

    public static String finance() {
        return TestInfrastructure.get().tokens().token("u-finance").name("Fay Finance").roles("finance").sign();
    }

    public static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }

    public static String partnerUser(UUID partner) {
        return TestInfrastructure.get().tokens().token("p-user").roles("partner-user").partnerId(partner).sign();
    }

    /** Two qualified partners with an agreement each, and a token of a user of the first ("own"). */
    public record TwoPartners(UUID own, UUID other, String ownId, String otherId, String token) {

        /** Partners "Own Partner {@code name}" and "Other Partner {@code name}", each with {@code drafter}'s draft. */
        public static TwoPartners withAgreements(String name, Function<UUID, String> drafter) {
            UUID own = partner("Own Partner " + name, "QUALIFIED");
            UUID other = partner("Other Partner " + name, "QUALIFIED");
            return new TwoPartners(own, other, drafter.apply(own), drafter.apply(other), partnerUser(own));
        }

        /**
         * Asserts that the own partner's user reads their agreement of the kind at {@code path} ("/msas"), finds
         * neither the other partner's agreement nor its version or history (404), and lists only their own
         * partner's agreements.
         */
        public void assertPartnerUserConfined(String path) {
            given().auth().oauth2(token).get(path + "/" + ownId).then().statusCode(200)
                    .body("partnerId", equalTo(own.toString()));
            given().auth().oauth2(token).get(path + "/" + otherId).then().statusCode(404);
            given().auth().oauth2(token).get(path + "/" + otherId + "/versions/1").then().statusCode(404);
            given().auth().oauth2(token).get(path + "/" + otherId + "/history").then().statusCode(404);
            List<String> partners = given().auth().oauth2(token).get(path + "?size=500").then().statusCode(200)
                    .extract().path("items.partnerId");
            assertThat(partners).isNotEmpty().containsOnly(own.toString());
        }
    }

    /** Awaits the review flag that the partner's suspension for {@code reason} puts on the agreement at {@code url}. */
    public static void awaitFlaggedForReview(String url, String reason) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get(url).then().statusCode(200)
                        .body("flaggedForReview", equalTo(true))
                        .body("reviewFlag.reason", equalTo("Partner became SUSPENDED: " + reason)));
    }

    /** Clears the review flag of the agreement at {@code url} as {@code token}'s holder, for {@code reason}. */
    public static ValidatableResponse clearReviewFlag(String url, String ifMatch, String token, String reason) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).header("X-Change-Reason", reason)
                .delete(url + "/review-flag").then();
    }

    public static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("agreement", sql);
    }
}
