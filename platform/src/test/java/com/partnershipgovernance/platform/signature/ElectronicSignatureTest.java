package com.partnershipgovernance.platform.signature;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ElectronicSignatureTest {

    @Test
    void signatureWithAStaleTokenIsRefusedAndNothingIsSigned() {
        UUID id = Specimens.createId("to-sign-late");
        String staleToken = Tokens.qualityAuthenticatedAt(Instant.now().minus(Duration.ofMinutes(30)));
        given().auth().oauth2(staleToken).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}")
                .post("/specimens/" + id + "/approval").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://partnershipgovernance.com/problems/signature-refused"));
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id).then()
                .body("status", equalTo("DRAFT")).body("signature", nullValue());
    }

    @Test
    void signatureWithAFreshTokenRecordsSignerMeaningVersionAndHash() {
        UUID id = Specimens.createId("to-sign-now");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}")
                .post("/specimens/" + id + "/approval").then().statusCode(200)
                .body("signature.signerId", equalTo("u-quality"))
                .body("signature.signerName", equalTo("Quinn Quality"))
                .body("signature.meaning", equalTo("APPROVAL"))
                .body("signature.recordVersion", equalTo(0))
                .body("signature.recordSha256", matchesPattern("[0-9a-f]{64}"))
                .body("signature.matchesRecord", equalTo(true));

        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").header("X-Change-Reason", "renamed after approval")
                .body("{\"name\":\"changed after signing\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(200)
                .body("signature.matchesRecord", equalTo(false));
    }

    @Test
    void signerWithoutTheOwningRoleIsForbidden() {
        UUID id = Specimens.createId("to-sign-by-viewer");
        String viewer = TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
        given().auth().oauth2(viewer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}")
                .post("/specimens/" + id + "/approval").then().statusCode(403);
    }
}
