package com.partnershipgovernance.partner.contract;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.contract.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** partner-service's OpenAPI document tells the truth about its answers: statuses and body shapes. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationDocumentsTheAnswersItReallyGives() {
        OpenApiContract contract = OpenApiContract.ofRunningService();

        Response registered = given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Contract Biologics AG\",\"type\":\"CDMO\"}").post("/partners");
        contract.observe("post", "/partners", registered);
        String partner = registered.path("id");
        contract.observe("get", "/partners/{id}",
                given().auth().oauth2(token("viewer")).get("/partners/" + partner));
        contract.observe("get", "/partners", given().auth().oauth2(token("viewer")).get("/partners"));
        Response site = given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"name\":\"Basel fill-finish plant\",\"country\":\"CH\"}")
                .post("/partners/" + partner + "/sites");
        contract.observe("post", "/partners/{partnerId}/sites", site);
        contract.observe("post", "/partners/{id}/qualification", given().auth().oauth2(token("quality"))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP shortlist\"}")
                .post("/partners/" + partner + "/qualification"));

        contract.assertHonoured();
    }

    private static String token(String role) {
        return TestInfrastructure.get().tokens().token("u-" + role).name("User " + role).roles(role).sign();
    }
}
