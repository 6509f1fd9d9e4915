package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PartnerRetirementTest {

    @Test
    void aRetiredProspectAnswers404LeavesTheListAndKeepsItsHistory() {
        String id = register("Duplicate Entry Labs " + Instant.now().toEpochMilli());
        given().auth().oauth2(quality()).header("If-Match", "\"0\"").header("X-Change-Reason", "registered twice")
                .delete("/partners/" + id).then().statusCode(204);

        given().auth().oauth2(viewer()).get("/partners/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(viewer()).get("/partners/" + id + "?includeRetired=true").then().statusCode(200)
                .body("retiredAt", notNullValue()).body("retiredReason", equalTo("registered twice"));
        List<String> listed = given().auth().oauth2(viewer()).get("/partners?q=duplicate entry labs&size=200")
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).doesNotContain(id);
        List<String> withRetired = given().auth().oauth2(viewer())
                .get("/partners?q=duplicate entry labs&size=200&includeRetired=true").then().extract().path("items.id");
        assertThat(withRetired).contains(id);
        given().auth().oauth2(viewer()).get("/partners/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2)).body("items[1].reason", equalTo("registered twice"));
        // nothing more is written to a retired partner
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"Plant\",\"country\":\"CH\"}").post("/partners/" + id + "/sites").then()
                .statusCode(404);
    }

    @Test
    void retiringNeedsAReasonAndTheCurrentVersionAndAnApprovedPartnerIsDisqualifiedInstead() {
        String id = register("Retire Rules Ltd");
        given().auth().oauth2(quality()).header("If-Match", "\"0\"").delete("/partners/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(quality()).header("X-Change-Reason", "x").delete("/partners/" + id).then()
                .statusCode(428);
        given().auth().oauth2(viewer()).header("If-Match", "\"0\"").header("X-Change-Reason", "x")
                .delete("/partners/" + id).then().statusCode(403);

        move(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP\"}");
        move(id, "\"1\"", "{\"to\":\"QUALIFIED\",\"reason\":\"audit passed\",\"signature\":{\"meaning\":\"APPROVAL\"}}");
        given().auth().oauth2(quality()).header("If-Match", "\"2\"").header("X-Change-Reason", "no longer used")
                .delete("/partners/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("qualificationStatus"));
        given().auth().oauth2(viewer()).get("/partners/" + id).then().statusCode(200)
                .body("qualificationStatus", equalTo("QUALIFIED")).body("retiredAt", equalTo(null));
    }

    private static void move(String id, String ifMatch, String body) {
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .post("/partners/" + id + "/qualification").then().statusCode(200);
    }

    private static String register(String name) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"" + name + "\",\"type\":\"CRO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
