package com.partnershipgovernance.risk.contract;

import com.partnershipgovernance.platform.testing.contract.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.riskBody;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;

/** risk-service's OpenAPI document tells the truth about its answers: statuses and body shapes. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationDocumentsTheAnswersItReallyGives() {
        OpenApiContract contract = OpenApiContract.ofRunningService();
        UUID partner = knownPartner("Contract Clinical Research Ltd");

        Response raised = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(riskBody(partner, "Single fill-finish line", "SUPPLY_CHAIN_DISRUPTION", 3, 4, false)).post("/risks");
        contract.observe("post", "/risks", raised);
        String risk = raised.path("id");
        contract.observe("get", "/risks/{id}", given().auth().oauth2(viewer()).get("/risks/" + risk));
        contract.observe("post", "/risks/{id}/mitigations", given().auth().oauth2(quality())
                .contentType(ContentType.JSON)
                .body("{\"description\":\"Qualify second fill-finish line\",\"ownerSide\":\"PARTNER\","
                        + "\"ownerName\":\"Pat Partner\",\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}")
                .post("/risks/" + risk + "/mitigations"));
        contract.observe("get", "/risks/heat-map", given().auth().oauth2(viewer()).get("/risks/heat-map"));

        contract.assertHonoured();
    }
}
