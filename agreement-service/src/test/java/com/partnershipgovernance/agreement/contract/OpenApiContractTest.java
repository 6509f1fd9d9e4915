package com.partnershipgovernance.agreement.contract;

import com.partnershipgovernance.platform.testing.contract.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;

/** agreement-service's OpenAPI document tells the truth about its answers: statuses and body shapes. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationDocumentsTheAnswersItReallyGives() {
        OpenApiContract contract = OpenApiContract.ofRunningService();
        UUID partner = partner("Contract Biologics Ltd", "QUALIFIED");

        Response drafted = given().auth().oauth2(legal()).contentType(ContentType.JSON).body(msa(partner))
                .post("/msas");
        contract.observe("post", "/msas", drafted);
        String msa = drafted.path("id");
        contract.observe("get", "/msas/{id}", given().auth().oauth2(viewer()).get("/msas/" + msa));
        contract.observe("post", "/msas/{id}/status", given().auth().oauth2(legal()).contentType(ContentType.JSON)
                .header("If-Match", drafted.header("ETag"))
                .body("{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}").post("/msas/" + msa + "/status"));
        contract.observe("get", "/msas", given().auth().oauth2(viewer()).get("/msas"));

        contract.assertHonoured();
    }
}
