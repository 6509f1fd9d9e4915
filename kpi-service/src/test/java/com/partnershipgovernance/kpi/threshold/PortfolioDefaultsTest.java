package com.partnershipgovernance.kpi.threshold;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.quality;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** A fresh platform ships portfolio-default thresholds for its eight KPIs; they are changed like any other. */
@QuarkusTest
class PortfolioDefaultsTest {

    private static final List<String> SHIPPED = List.of("ON_TIME_MILESTONE_RATE", "RIGHT_FIRST_TIME_BATCH_RATE",
            "DEVIATIONS_PER_BATCH", "MEAN_DAYS_TO_CLOSE_DEVIATION", "DEVIATIONS_NOTIFIED_ON_TIME_RATE",
            "QUERY_RESPONSE_TIME", "BUDGET_VARIANCE", "AUDIT_FINDINGS_PER_AUDIT");
    private static final String SHIPPED_DEFAULT = "find { it.partnerId == null && it.validFrom == '1900-01-01' }";

    @Test
    void everyShippedKpiHasAPortfolioDefaultWithItsRationale() {
        for (String code : SHIPPED) {
            given().auth().oauth2(viewer()).get("/kpi-definitions/" + code + "/thresholds").then().statusCode(200)
                    .body(SHIPPED_DEFAULT.replace("find", "findAll"), hasSize(1))
                    .body(SHIPPED_DEFAULT + ".comment", startsWith("Portfolio default: "));
        }
    }

    @Test
    void aMeasurementOfAPartnerWithoutItsOwnThresholdsReadsAgainstTheShippedDefault() {
        UUID partner = knownPartner("Defaults Only Research");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"kpiCode\":\"QUERY_RESPONSE_TIME\",\"partnerId\":\"" + partner + "\",\"period\":\"2026-07\","
                        + "\"value\":80,\"source\":\"MANUAL\"}")
                .post("/measurements").then().statusCode(201).body("rag", equalTo("RED"))
                .body("target", equalTo(24));
    }

    @Test
    void theShippedDefaultsAreInTheAuditTrailAsCreatedByKpiService() {
        String id = given().auth().oauth2(viewer()).get("/kpi-definitions/BUDGET_VARIANCE/thresholds").then()
                .statusCode(200).extract().path(SHIPPED_DEFAULT + ".id");
        given().auth().oauth2(viewer()).get("/thresholds/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].by", equalTo("system:kpi-service"));
    }

    @Test
    void aShippedDefaultIsReplacedByEndingItAndSettingANewOne() {
        String id = given().auth().oauth2(viewer()).get("/kpi-definitions/DEVIATIONS_PER_BATCH/thresholds").then()
                .statusCode(200).extract().path(SHIPPED_DEFAULT + ".id");
        // far ahead, so the other tests sharing this database still read the shipped values
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"validUntil\":\"2199-12-31\",\"reason\":\"Steering committee tightened the target\"}")
                .post("/thresholds/" + id + "/end").then().statusCode(200)
                .body("validUntil", equalTo("2199-12-31"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"target\":0.05,\"greenThreshold\":0.1,\"redThreshold\":0.3,\"validFrom\":\"2200-01-01\"}")
                .post("/kpi-definitions/DEVIATIONS_PER_BATCH/thresholds").then().statusCode(201)
                .body("partnerId", equalTo(null));
    }
}
