package com.partnershipgovernance.kpi.threshold;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.partnerUser;
import static com.partnershipgovernance.kpi.KpiApi.quality;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RagThresholdTest {

    private static final String ON_TIME = "ON_TIME_MILESTONE_RATE";
    private static final String DAYS_TO_CLOSE = "MEAN_DAYS_TO_CLOSE_DEVIATION";

    @Test
    void qualitySetsPartnerThresholdsThatEveryoneInScopeReads() {
        UUID partner = knownPartner("Threshold Biologics");
        String id = set(ON_TIME, body(partner, "95", "90", "80", "2026-01-01", null), quality()).statusCode(201)
                .header("ETag", "\"0\"")
                .body("partnerId", equalTo(partner.toString()))
                .body("greenThreshold", equalTo(90))
                .body("validUntil", nullValue())
                .extract().path("id");
        given().auth().oauth2(viewer()).get("/thresholds/" + id).then().statusCode(200).body("target", equalTo(95));
        given().auth().oauth2(partnerUser(partner)).get("/thresholds/" + id).then().statusCode(200);
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/thresholds/" + id).then().statusCode(404);
        given().auth().oauth2(partnerUser(partner)).get("/kpi-definitions/" + ON_TIME + "/thresholds").then()
                .statusCode(200).body("findAll { it.partnerId != null }.partnerId", containsInAnyOrder(partner.toString()));
        given().auth().oauth2(viewer()).get("/thresholds/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].by", equalTo("u-quality"));
    }

    @Test
    void thresholdsInTheWrongOrderForTheDirectionAre422NamingTheFieldAndNothingIsStored() {
        UUID partner = knownPartner("Wrong Order Pharma");
        // higher is better: red above green is the wrong way round
        set(ON_TIME, body(partner, "95", "80", "90", "2026-01-01", null), quality()).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("redThreshold"));
        // lower is better: red below green is the wrong way round
        set(DAYS_TO_CLOSE, body(partner, "20", "45", "30", "2026-01-01", null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("redThreshold"));
        // a target that would read amber
        set(ON_TIME, body(partner, "85", "90", "80", "2026-01-01", null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("target"));
        assertThat(count("SELECT count(*) FROM rag_threshold WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void overlappingValidityIs422NamingValidFromUntilTheEarlierThresholdsAreEnded() {
        UUID partner = knownPartner("Overlap Research");
        String first = set(ON_TIME, body(partner, "95", "90", "80", "2026-01-01", null), quality()).statusCode(201)
                .extract().path("id");
        set(ON_TIME, body(partner, "97", "92", "85", "2026-07-01", null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("validFrom"));
        assertThat(count("SELECT count(*) FROM rag_threshold WHERE partner_id = '" + partner + "'")).isEqualTo(1);

        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"validUntil\":\"2026-06-30\",\"reason\":\"Stricter targets from H2\"}")
                .post("/thresholds/" + first + "/end").then().statusCode(200).body("validUntil", equalTo("2026-06-30"));
        set(ON_TIME, body(partner, "97", "92", "85", "2026-07-01", null), quality()).statusCode(201);
        // a closed interval inside the first one's still overlaps
        set(ON_TIME, body(partner, "97", "92", "85", "2026-03-01", "2026-03-31"), quality()).statusCode(422)
                .body("errors[0].field", equalTo("validFrom"));
        given().auth().oauth2(viewer()).get("/thresholds/" + first + "/history").then().statusCode(200)
                .body("items[1].reason", equalTo("Stricter targets from H2"));
        // ending the first later again would reach into the thresholds that took over
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"validUntil\":\"2026-12-31\",\"reason\":\"Extended\"}")
                .post("/thresholds/" + first + "/end").then().statusCode(422)
                .body("errors[0].field", equalTo("validUntil"));
        given().auth().oauth2(viewer()).get("/thresholds/" + first).then().body("validUntil", equalTo("2026-06-30"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        UUID partner = knownPartner("Bad Input Labs");
        set(ON_TIME, body(partner, "95", "90", "80", "2026-06-01", "2026-05-31"), quality()).statusCode(400)
                .body("errors[0].field", equalTo("validUntil"));
        set(ON_TIME, "{\"target\":95,\"greenThreshold\":90,\"validFrom\":\"2026-01-01\"}", quality()).statusCode(400)
                .body("errors[0].field", equalTo("redThreshold"));
        set(ON_TIME, body(UUID.randomUUID(), "95", "90", "80", "2026-01-01", null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("partnerId"));
        set("NO_SUCH_KPI", body(partner, "95", "90", "80", "2026-01-01", null), quality()).statusCode(404);
        assertThat(count("SELECT count(*) FROM rag_threshold WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void onlyAdminAndQualitySetThresholds() {
        UUID partner = knownPartner("Roles Therapeutics");
        set(ON_TIME, body(partner, "95", "90", "80", "2026-01-01", null), finance()).statusCode(403);
        set(ON_TIME, body(partner, "95", "90", "80", "2026-01-01", null), partnerUser(partner)).statusCode(403);
        assertThat(count("SELECT count(*) FROM rag_threshold WHERE partner_id = '" + partner + "'")).isZero();
    }

    static ValidatableResponse set(String code, String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/kpi-definitions/" + code + "/thresholds").then();
    }

    static String body(UUID partner, String target, String green, String red, String from, String until) {
        return "{" + (partner == null ? "" : "\"partnerId\":\"" + partner + "\",") + "\"target\":" + target
                + ",\"greenThreshold\":" + green + ",\"redThreshold\":" + red + ",\"validFrom\":\"" + from + "\""
                + (until == null ? "" : ",\"validUntil\":\"" + until + "\"") + "}";
    }
}
