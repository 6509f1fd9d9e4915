package com.partnershipgovernance.partner.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QualificationLifecycleTest extends RecordsPartnerEvents {

    private static final String QUALIFICATION_CHANGED = "com.partnershipgovernance.partner.qualification-changed.v1";

    @Test
    void prospectIsEvaluatedThenApprovedWithASignatureAndEachMoveIsPublished() throws Exception {
        String id = register();
        move(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP answered\"}", quality())
                .statusCode(200).header("ETag", "\"1\"").body("qualificationStatus", equalTo("UNDER_EVALUATION"));
        move(id, "\"1\"", "{\"to\":\"QUALIFIED\",\"reason\":\"Qualification audit passed\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", quality())
                .statusCode(200).body("qualificationStatus", equalTo("QUALIFIED"));

        given().auth().oauth2(viewer()).get("/partners/" + id + "/qualification/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].from", equalTo("PROSPECT"))
                .body("items[0].to", equalTo("UNDER_EVALUATION"))
                .body("items[0].reason", equalTo("RFP answered"))
                .body("items[0].changedBy", equalTo("u-quality"))
                .body("items[0].signature", nullValue())
                .body("items[1].to", equalTo("QUALIFIED"))
                .body("items[1].signature.signerId", equalTo("u-quality"))
                .body("items[1].signature.signerName", equalTo("Quinn Quality"))
                .body("items[1].signature.meaning", equalTo("APPROVAL"))
                .body("items[1].signature.matchesRecord", equalTo(true));

        await().atMost(Duration.ofSeconds(20)).until(() -> changes(id).size() == 2);
        JsonNode approved = new ObjectMapper().readTree(changes(id).get(1).value());
        assertThat(approved.get("partnerId").asText()).isEqualTo(id);
        assertThat(approved.get("from").asText()).isEqualTo("UNDER_EVALUATION");
        assertThat(approved.get("to").asText()).isEqualTo("QUALIFIED");
        assertThat(approved.get("reason").asText()).isEqualTo("Qualification audit passed");
        assertThat(approved.get("changedBy").asText()).isEqualTo("u-quality");
        assertThat(Instant.parse(approved.get("changedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void illegalMoveGets409AndNothingChanges() {
        String id = register();
        move(id, "\"0\"", "{\"to\":\"QUALIFIED\",\"reason\":\"skip the evaluation\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", quality())
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://partnershipgovernance.com/problems/illegal-transition"));
        assertUnchanged(id);
    }

    @Test
    void approvalWithoutASignatureNamesTheFieldAndNothingChanges() {
        String id = underEvaluation();
        move(id, "\"1\"", "{\"to\":\"CONDITIONALLY_APPROVED\",\"reason\":\"minor gaps\"}", quality())
                .statusCode(400).body("errors[0].field", equalTo("signature.meaning"));
        given().auth().oauth2(viewer()).get("/partners/" + id).then()
                .body("qualificationStatus", equalTo("UNDER_EVALUATION")).header("ETag", "\"1\"");
    }

    @Test
    void approvalWithAStaleAuthenticationIsRefused() {
        String id = underEvaluation();
        String stale = TestInfrastructure.get().tokens().token("u-quality").roles("quality")
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
        move(id, "\"1\"", "{\"to\":\"QUALIFIED\",\"reason\":\"ok\",\"signature\":{\"meaning\":\"APPROVAL\"}}", stale)
                .statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(viewer()).get("/partners/" + id).then()
                .body("qualificationStatus", equalTo("UNDER_EVALUATION"));
    }

    @Test
    void onlyQualityMovesQualificationAndEveryMoveNeedsAReasonAndTheCurrentETag() {
        String id = register();
        String supplyChain = TestInfrastructure.get().tokens().token("u-sc").roles("supply-chain").sign();
        move(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP\"}", supplyChain).statusCode(403);
        move(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\"}", quality()).statusCode(400)
                .body("errors.field", hasItem("reason"));
        move(id, "\"0\"", "{\"to\":\"ACCEPTED\",\"reason\":\"x\"}", quality()).statusCode(400)
                .body("errors.field", hasItem("to"));
        move(id, "\"7\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP\"}", quality()).statusCode(412);
        move(id, null, "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP\"}", quality()).statusCode(428);
        assertUnchanged(id);
    }

    @Test
    void partnersAuditTrailShowsTheStatusChangeWithItsReason() {
        String id = underEvaluation();
        given().auth().oauth2(viewer()).get("/partners/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].reason", equalTo("RFP answered"))
                .body("items[1].changes[0].field", equalTo("qualificationStatus"))
                .body("items[1].changes[0].from", equalTo("PROSPECT"))
                .body("items[1].changes[0].to", equalTo("UNDER_EVALUATION"));
    }

    private void assertUnchanged(String id) {
        given().auth().oauth2(viewer()).get("/partners/" + id).then()
                .body("qualificationStatus", equalTo("PROSPECT")).header("ETag", "\"0\"");
        given().auth().oauth2(viewer()).get("/partners/" + id + "/qualification/history").then()
                .body("items", hasSize(0));
    }

    private String underEvaluation() {
        String id = register();
        move(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP answered\"}", quality()).statusCode(200);
        return id;
    }

    private List<ConsumerRecord<String, String>> changes(String partnerId) {
        return partnerEvents.matching(r -> partnerId.equals(r.key())
                && QUALIFICATION_CHANGED.equals(TopicRecorder.header(r, "ce_type")));
    }

    private static ValidatableResponse move(String id, String ifMatch, String body, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/partners/" + id + "/qualification").then();
    }

    private static String register() {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Qualifiable Biologics\",\"type\":\"CDMO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
