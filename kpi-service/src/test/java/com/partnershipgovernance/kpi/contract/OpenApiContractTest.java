package com.partnershipgovernance.kpi.contract;

import com.partnershipgovernance.kpi.review.Reviews;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.contract.OpenApiContract;
import com.partnershipgovernance.platform.testing.sweep.OpenApiSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.quality;
import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * kpi-service's OpenAPI document tells the truth about its answers: statuses and body shapes, the
 * steering-committee review's dashboard snapshot included.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationDocumentsTheAnswersItReallyGives() {
        OpenApiContract contract = OpenApiContract.ofRunningService();
        UUID partner = knownPartner("Contract Analytics SARL");

        // a new KPI definition would appear on every partner's dashboard the other tests read: read one instead
        contract.observe("get", "/kpi-definitions/{code}",
                given().auth().oauth2(viewer()).get("/kpi-definitions/" + Reviews.QRT));
        contract.observe("post", "/kpi-definitions/{code}/thresholds", given().auth().oauth2(quality())
                .contentType(ContentType.JSON)
                .body("{\"partnerId\":\"" + partner + "\",\"target\":24,\"greenThreshold\":24,\"redThreshold\":48,"
                        + "\"validFrom\":\"2026-01-01\"}")
                .post("/kpi-definitions/" + Reviews.QRT + "/thresholds"));
        Response measured = given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"kpiCode\":\"" + Reviews.QRT + "\",\"partnerId\":\"" + partner + "\",\"period\":\"2026-06\","
                        + "\"value\":30,\"source\":\"INTEGRATION\"}")
                .post("/measurements");
        contract.observe("post", "/measurements", measured);
        contract.observe("get", "/measurements/{id}",
                given().auth().oauth2(viewer()).get("/measurements/" + measured.path("id")));
        Response recorded = given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON)
                .body(Reviews.review("2026-07-15", partner, "2026-08-31")).post("/steering-committee-reviews");
        contract.observe("post", "/steering-committee-reviews", recorded);
        contract.observe("get", "/steering-committee-reviews/{id}", given().auth().oauth2(viewer())
                .get("/steering-committee-reviews/" + recorded.path("id")));
        contract.observe("get", "/dashboards/partners/{id}",
                given().auth().oauth2(viewer()).get("/dashboards/partners/" + partner + "?asOf=2026-07-15"));
        contract.observe("get", "/dashboards/portfolio/csv",
                given().auth().oauth2(viewer()).get("/dashboards/portfolio/csv?asOf=2026-07-15"));

        contract.assertHonoured();
    }

    @Test
    void aReviewsDashboardSnapshotIsDocumentedAsTheObjectItIs() {
        OpenApiSchemas document = OpenApiSchemas.parse(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode review = new ObjectMapper().createObjectNode()
                .put("$ref", "#/components/schemas/SteeringCommitteeReview");
        JsonNode snapshot = document.propertiesOf(review).get("dashboardSnapshot");

        assertThat(document.typeOf(snapshot)).isEqualTo("object");
        assertThat(document.propertiesOf(snapshot)).containsKeys("asOf", "takenAt", "periods", "partners");
        assertThat(document.typeOf(document.propertiesOf(snapshot).get("partners"))).isEqualTo("array");
    }
}
