package com.partnershipgovernance.kpi.definition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.kpiDefinition;
import static com.partnershipgovernance.kpi.KpiApi.partnerUser;
import static com.partnershipgovernance.kpi.KpiApi.quality;
import static com.partnershipgovernance.kpi.KpiApi.uniqueKpiCode;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class KpiDefinitionTest {

    @Test
    void theShippedDefinitionsAreThereWithTheirDirectionAndSource() {
        given().auth().oauth2(viewer()).get("/kpi-definitions?size=100").then().statusCode(200)
                .body("items.code", hasItems("ON_TIME_MILESTONE_RATE", "RIGHT_FIRST_TIME_BATCH_RATE",
                        "DEVIATIONS_PER_BATCH", "MEAN_DAYS_TO_CLOSE_DEVIATION", "DEVIATIONS_NOTIFIED_ON_TIME_RATE",
                        "QUERY_RESPONSE_TIME", "BUDGET_VARIANCE", "AUDIT_FINDINGS_PER_AUDIT"));
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/kpi-definitions/ON_TIME_MILESTONE_RATE").then()
                .statusCode(200)
                .body("category", equalTo("PERFORMANCE"))
                .body("direction", equalTo("HIGHER_IS_BETTER"))
                .body("source", equalTo("DERIVED"))
                .body("unit", equalTo("%"));
        given().auth().oauth2(viewer()).get("/kpi-definitions/QUERY_RESPONSE_TIME").then().statusCode(200)
                .body("source", equalTo("MANUAL")).body("direction", equalTo("LOWER_IS_BETTER"));
        given().auth().oauth2(viewer()).get("/kpi-definitions/ON_TIME_MILESTONE_RATE/history").then()
                .statusCode(200).body("items[0].reason", equalTo("Shipped KPI definitions (migration V2)"));
    }

    @Test
    void qualityDefinesAKpiAndRevisesItWithAReasonThatTheTrailKeeps() {
        String code = uniqueKpiCode("TECH_TRANSFER_");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(kpiDefinition(code))
                .post("/kpi-definitions").then().statusCode(201).header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("direction", equalTo("LOWER_IS_BETTER"));

        String revision = "{\"name\":\"Technology transfer duration\",\"unit\":\"weeks\",\"category\":\"PERFORMANCE\"}";
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(revision)
                .header("X-Change-Reason", "Measured in weeks").put("/kpi-definitions/" + code)
                .then().statusCode(428);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(revision).header("If-Match", "\"0\"")
                .put("/kpi-definitions/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(revision).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "Measured in weeks").put("/kpi-definitions/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("unit", equalTo("weeks"));

        given().auth().oauth2(viewer()).get("/kpi-definitions/" + code + "/history").then().statusCode(200)
                .body("items[1].reason", equalTo("Measured in weeks"))
                .body("items[1].by", equalTo("u-quality"))
                .body("items[1].changes.find { it.field == 'unit' }.from", equalTo("days"))
                .body("items[1].changes.find { it.field == 'unit' }.to", equalTo("weeks"));
    }

    @Test
    void aCodeAlreadyUsedIsRefusedNamingCodeAndNothingIsStored() {
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(kpiDefinition("ON_TIME_MILESTONE_RATE"))
                .post("/kpi-definitions").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        assertThat(count("SELECT count(*) FROM kpi_definition WHERE code = 'ON_TIME_MILESTONE_RATE'")).isEqualTo(1);
    }

    @Test
    void aMalformedCodeIsA400NamingCode() {
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(kpiDefinition("tech transfer"))
                .post("/kpi-definitions").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void onlyAdminAndQualityDefineKpis() {
        String code = uniqueKpiCode("TECH_TRANSFER_");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body(kpiDefinition(code))
                .post("/kpi-definitions").then().statusCode(403);
        given().auth().oauth2(partnerUser(UUID.randomUUID())).contentType(ContentType.JSON).body(kpiDefinition(code))
                .post("/kpi-definitions").then().statusCode(403);
        given().auth().oauth2(com.partnershipgovernance.kpi.KpiApi.token("u-admin", "admin"))
                .contentType(ContentType.JSON).body(kpiDefinition(code)).post("/kpi-definitions").then().statusCode(201);
    }

    @Test
    void anUnknownKpiIs404() {
        given().auth().oauth2(viewer()).get("/kpi-definitions/NO_SUCH_KPI").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
