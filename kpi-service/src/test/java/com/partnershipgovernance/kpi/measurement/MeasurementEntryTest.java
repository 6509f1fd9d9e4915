package com.partnershipgovernance.kpi.measurement;

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
import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MeasurementEntryTest {

    private static final String QRT = "QUERY_RESPONSE_TIME";

    @Test
    void aFunctionEntersAMeasurementThatReadsAgainstThePartnersThresholds() {
        UUID partner = knownPartner("Responsive Research");
        String id = enter(row(QRT, partner, "2026-07", "30"), finance()).statusCode(201).header("ETag", "\"0\"")
                .body("recordedBy", equalTo("u-finance"))
                .body("source", equalTo("MANUAL"))
                // without thresholds of its own the partner reads against the shipped portfolio default
                .body("rag", equalTo("AMBER")).body("target", equalTo(24))
                .extract().path("id");
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"partnerId\":\"" + partner + "\",\"target\":20,\"greenThreshold\":20,\"redThreshold\":28,"
                        + "\"validFrom\":\"2026-01-01\"}")
                .post("/kpi-definitions/" + QRT + "/thresholds").then().statusCode(201);

        given().auth().oauth2(steeringCommittee()).get("/measurements/" + id).then().statusCode(200)
                .body("value", equalTo(30)).body("rag", equalTo("RED")).body("target", equalTo(20));
        given().auth().oauth2(partnerUser(partner)).get("/measurements?kpiCode=" + QRT).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/measurements/" + id).then().statusCode(404);
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/measurements?partnerId=" + partner).then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aCorrectionNeedsIfMatchAndAReasonAndIsInTheTrail() {
        UUID partner = knownPartner("Corrected Clinical");
        String id = enter(row(QRT, partner, "2026-06", "30"), finance()).statusCode(201).extract().path("id");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"value\":21}")
                .header("X-Change-Reason", "Two queries were logged twice").put("/measurements/" + id)
                .then().statusCode(428);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"value\":21}")
                .header("If-Match", "\"0\"").header("X-Change-Reason", "Two queries were logged twice")
                .put("/measurements/" + id).then().statusCode(200).body("value", equalTo(21));
        var history = given().auth().oauth2(viewer()).get("/measurements/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].reason", equalTo("Two queries were logged twice"))
                .extract().jsonPath();
        assertThat(new java.math.BigDecimal(history.getString("items[1].changes.find { it.field == 'value' }.from")))
                .isEqualByComparingTo("30");
        assertThat(new java.math.BigDecimal(history.getString("items[1].changes.find { it.field == 'value' }.to")))
                .isEqualByComparingTo("21");
    }

    @Test
    void anUnknownKpiIs422NamingKpiCodeAndNothingIsStored() {
        UUID partner = knownPartner("Unknown KPI Labs");
        enter(row("NO_SUCH_KPI", partner, "2026-07", "30"), finance()).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kpiCode"));
        enter(row("ON_TIME_MILESTONE_RATE", partner, "2026-07", "30"), finance()).statusCode(422)
                .body("errors[0].field", equalTo("kpiCode"));
        assertThat(stored(partner)).isZero();
    }

    @Test
    void aPeriodOfTheWrongKindOrAlreadyMeasuredIs422NamingPeriod() {
        UUID partner = knownPartner("Period Pharma");
        enter(row(QRT, partner, "2026-Q3", "30"), finance()).statusCode(422).body("errors[0].field", equalTo("period"));
        enter(row(QRT, partner, "2026-13", "30"), finance()).statusCode(400).body("errors[0].field", equalTo("period"));
        enter(row(QRT, partner, "2026-07", "30"), finance()).statusCode(201);
        enter(row(QRT, partner, "2026-07", "31"), finance()).statusCode(422).body("errors[0].field", equalTo("period"));
        assertThat(stored(partner)).isEqualTo(1);
    }

    @Test
    void aBatchIsStoredWhole() {
        UUID partner = knownPartner("Batch Import Biologics");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body(batch(row(QRT, partner, "2026-01", "20"), row(QRT, partner, "2026-02", "22"),
                        row(QRT, partner, "2026-03", "26")))
                .post("/measurements/import").then().statusCode(201).body("items", hasSize(3))
                .body("items[2].period", equalTo("2026-03"));
        assertThat(stored(partner)).isEqualTo(3);
    }

    @Test
    void oneMalformedRowRefusesTheWholeBatchNamingTheRowsField() {
        UUID partner = knownPartner("Malformed Row Ltd");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body(batch(row(QRT, partner, "2026-01", "20"), row(QRT, partner, "2026-02", "22"),
                        row(QRT, partner, "2026-03", "26"), row(QRT, partner, "2026-04", null)))
                .post("/measurements/import").then().statusCode(400)
                .body("errors[0].field", equalTo("measurements[3].value"));
        assertThat(stored(partner)).isZero();
    }

    @Test
    void oneRowBreakingARuleRefusesTheWholeBatchNamingTheRowsField() {
        UUID partner = knownPartner("Rule Breaking Row GmbH");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body(batch(row(QRT, partner, "2026-01", "20"), row(QRT, partner, "2026-02", "22"),
                        row("NO_SUCH_KPI", partner, "2026-03", "26"), row(QRT, partner, "2026-02", "23")))
                .post("/measurements/import").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("measurements[2].kpiCode",
                        "measurements[3].period"));
        assertThat(stored(partner)).isZero();
    }

    @Test
    void onlyTheSponsorsFunctionsEnterMeasurements() {
        UUID partner = knownPartner("Read Only Therapeutics");
        enter(row(QRT, partner, "2026-07", "30"), viewer()).statusCode(403);
        enter(row(QRT, partner, "2026-07", "30"), steeringCommittee()).statusCode(403);
        enter(row(QRT, partner, "2026-07", "30"), partnerUser(partner)).statusCode(403);
        assertThat(stored(partner)).isZero();
        enter(row(QRT, partner, "2026-07", "30"), com.partnershipgovernance.kpi.KpiApi.token("u-clin", "clinical"))
                .statusCode(201);
    }

    @Test
    void anIntegrationRetryingWithTheSameIdempotencyKeyStoresOnce() {
        UUID partner = knownPartner("Retrying ERP Partner");
        String key = "erp-upload-" + UUID.randomUUID();
        String body = batch(row(QRT, partner, "2026-01", "20"), row(QRT, partner, "2026-02", "22"));
        String first = given().auth().oauth2(finance()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/measurements/import").then().statusCode(201).extract().path("items[0].id");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/measurements/import").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("items[0].id", equalTo(first));
        assertThat(stored(partner)).isEqualTo(2);
    }

    private static ValidatableResponse enter(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/measurements").then();
    }

    private static String row(String code, UUID partner, String period, String value) {
        return "{\"kpiCode\":\"" + code + "\",\"partnerId\":\"" + partner + "\",\"period\":\"" + period
                + "\",\"value\":" + value + ",\"source\":\"MANUAL\",\"comment\":\"From the query log\"}";
    }

    private static String batch(String... rows) {
        return "{\"measurements\":[" + String.join(",", rows) + "]}";
    }

    private static long stored(UUID partner) {
        return count("SELECT count(*) FROM measurement WHERE partner_id = '" + partner + "'");
    }
}
